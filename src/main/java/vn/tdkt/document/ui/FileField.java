package vn.tdkt.document.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.service.FileService.FileRecord;

/**
 * An attached document: upload (checked on the server for size and real type) and a link
 * to the current file. Its value is the stored file's id.
 */
public class FileField extends CustomField<Long> implements HasValidation {

    private final FileService files;
    private final VerticalLayout current = new VerticalLayout();
    private Long fileId;

    public FileField(FileService files, String label) {
        this.files = files;
        setLabel(label);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                FileRecord stored = files.store(metadata.fileName(), bytes);
                fileId = stored.id();
                showCurrent(stored);
                // A good file answers the refusal of the one before it.
                setErrorMessage(null);
                setInvalid(false);
                updateValue();
            } catch (RuntimeException e) {
                setErrorMessage(Notifications.describe(ui, e));
                setInvalid(true);
            }
        }));
        upload.setMaxFiles(1);
        upload.setI18n(vn.tdkt.base.ui.Ui.uploadI18n());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxBytes()));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".doc", "application/pdf");
        upload.addFileRejectedListener(e -> {
            setErrorMessage(getTranslation("error.file.rejected", files.maxBytes() / (1024 * 1024)));
            setInvalid(true);
        });
        current.setPadding(false);
        current.setSpacing(false);
        add(current, upload);
    }

    private void showCurrent(FileRecord file) {
        current.removeAll();
        if (file != null) {
            current.add(FileLinks.link(files, file));
        } else {
            current.add(new Span(getTranslation("file.none")));
        }
    }

    @Override
    protected Long generateModelValue() {
        return fileId;
    }

    @Override
    protected void setPresentationValue(Long value) {
        fileId = value;
        showCurrent(value == null ? null : files.describe(value));
    }

    /** Anchor builder shared by every place that shows a stored file. */
    public static final class FileLinks {

        private FileLinks() {
        }

        public static Anchor link(FileService files, FileRecord file) {
            Anchor anchor = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
                FileService.FileContent content = files.content(file.id());
                return new com.vaadin.flow.server.streams.DownloadResponse(
                        new java.io.ByteArrayInputStream(content.bytes()), content.fileName(), content.contentType(),
                        content.bytes().length);
            }), file.fileName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB)");
            anchor.setTarget("_blank");
            return anchor;
        }
    }
}
