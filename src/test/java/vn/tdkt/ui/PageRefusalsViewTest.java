package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.ui.FileField;
import vn.tdkt.history.ui.PersonAwardsView;
import vn.tdkt.support.KaribuTest;

/** Addresses that cannot open a page, and uploads that failed once, read as a user expects. */
class PageRefusalsViewTest extends KaribuTest {

    @Autowired
    FileService files;

    private static String refusal() {
        return _get(Paragraph.class, spec -> spec.withId("page-refused")).getText();
    }

    @Test
    void a_word_where_the_address_wants_a_number_is_named_in_vietnamese() {
        login("xem");
        UI.getCurrent().navigate("in/vinh-danh", QueryParameters.simple(Map.of("nam", "abc")));
        assertThat(refusal()).isEqualTo("Địa chỉ trang có giá trị không hợp lệ: „abc” ở tham số „nam” phải là một số. "
                + "Hãy mở trang từ thực đơn.");
    }

    @Test
    void a_record_that_does_not_exist_says_so_in_vietnamese() {
        login("xem");
        UI.getCurrent().navigate(PersonAwardsView.class, 987_654_321L);
        assertThat(refusal()).isEqualTo("Không tìm thấy bản ghi; có thể đã bị người khác xóa. Hãy tải lại trang.");
    }

    @Test
    void an_upload_field_forgets_its_error_once_a_good_file_is_taken() {
        login("thuongtruc");
        FileField field = new FileField(files, "Tệp đính kèm");
        UI.getCurrent().add(field);
        Upload upload = _get(field, Upload.class);

        UploadKt._upload(upload, "anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();

        UploadKt._upload(upload, "quyet-dinh.pdf", "%PDF-1.4 quyết định".getBytes(StandardCharsets.UTF_8));
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getErrorMessage()).isNullOrEmpty();
        assertThat(field.getValue()).isNotNull();
    }
}
