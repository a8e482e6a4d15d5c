package vn.tdkt.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.service.LegacyDecisionWriter.ImportOutcome;
import vn.tdkt.importing.service.ImportFiles;
import vn.tdkt.importing.service.ImportRecords.Column;
import vn.tdkt.importing.service.ImportRecords.ImportPreview;
import vn.tdkt.importing.service.ImportRecords.Issue;
import vn.tdkt.importing.service.ImportRecords.ListLayout;
import vn.tdkt.importing.service.ImportRecords.ListSettings;
import vn.tdkt.importing.service.ImportRecords.PreviewRow;
import vn.tdkt.importing.service.ImportRecords.RowStatus;
import vn.tdkt.importing.service.LegacyListImport;
import vn.tdkt.organization.service.UnitService;

/**
 * Import of legacy lists: upload, for a list not in the template's shape a mapping step
 * (decision, issuer, award and year once for the whole list; what each column holds), a
 * checked preview (matches, new people, duplicates, errors per row), then all valid rows in
 * one go; the per-row report is downloadable.
 */
@Route("so-khen-thuong/nhap-danh-sach")
@Menu(title = "nav.import", order = 25, icon = "vaadin:upload")
@RolesAllowed({"ADMIN", "SECRETARY"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final LegacyListImport importer;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Paragraph summary = new Paragraph();
    private final Select<RowStatus> show = new Select<>();
    private final Grid<PreviewRow> grid = new Grid<>();
    private final Button commit;
    private final Anchor report;
    private final UnitService units;
    private final AwardTypeService awardTypes;
    private ListMappingForm mapping;
    private volatile ImportPreview preview;
    private ListDataProvider<PreviewRow> rows;

    public ImportView(LegacyListImport importer, ImportFiles files, UnitService units, AwardTypeService awardTypes) {
        this.importer = importer;
        this.units = units;
        this.awardTypes = awardTypes;
        addClassName("tdkt-view");
        setSizeFull();
        Anchor template = new Anchor((DownloadEvent event) -> {
            event.setFileName("mau-danh-sach-khen-thuong.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                files.template(out);
            }
        }, getTranslation("import.template"));
        template.getElement().setAttribute("download", true);
        template.setId("import-template");
        Paragraph help = new Paragraph(getTranslation("import.help", Column.values().length));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> read(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setI18n(vn.tdkt.base.ui.Ui.uploadI18n());
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.rejected")));
        upload.setId("import-upload");
        progress.setVisible(false);
        progress.setWidth("24rem");
        show.setItems(RowStatus.values());
        show.setEmptySelectionAllowed(true);
        show.setEmptySelectionCaption(getTranslation("import.allRows"));
        show.setItemLabelGenerator(s -> s == null ? getTranslation("import.allRows") : getTranslation("RowStatus." + s));
        show.addValueChangeListener(e -> filter());
        commit = Ui.primary("import.commit", VaadinIcon.CHECK, this::confirmCommit);
        commit.setId("import-commit");
        report = new Anchor((DownloadEvent event) -> {
            event.setFileName("ket-qua-kiem-tra.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            UI ui = event.getUI();
            try (OutputStream out = event.getOutputStream()) {
                files.report(preview, i -> ui.getTranslation(i.key(), i.args()), ui::getTranslation, out);
            }
        }, "");
        report.getElement().setAttribute("download", true);
        report.add(new Button(getTranslation("import.report"), VaadinIcon.DOWNLOAD.create()));
        report.setId("import-report");
        summary.setId("import-summary");
        grid.addColumn(PreviewRow::rowNumber).setHeader(getTranslation("import.row")).setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation("RowStatus." + r.status()));
            badge.getElement().getThemeList().add(switch (r.status()) {
                case READY -> "badge success";
                case NEW_PERSON -> "badge";
                case DUPLICATE -> "badge contrast";
                case ERROR -> "badge error";
            });
            return badge;
        }).setHeader(getTranslation("import.result")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.values()[Column.NAME.ordinal()].isBlank() ? r.values()[Column.UNIT.ordinal()]
                : r.values()[Column.NAME.ordinal()]).setHeader(getTranslation("register.recipient")).setFlexGrow(2);
        grid.addColumn(r -> r.values()[Column.AWARD.ordinal()]).setHeader(getTranslation("register.award"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.values()[Column.DOC_NUMBER.ordinal()]).setHeader(getTranslation("register.docNumber"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PreviewRow::match).setHeader(getTranslation("import.match")).setFlexGrow(2);
        grid.addColumn(r -> r.issues().stream().map(this::text).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("import.issues")).setFlexGrow(3);
        grid.setSizeFull();
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("import-preview");
        Ui.emptyState(grid, "import.noPreview");
        setResultVisible(false);
        add(help, template, upload, Ui.toolbar(progress, progressText), summary, Ui.toolbar(show, commit, report),
                grid);
    }

    private String text(Issue issue) {
        return getTranslation(issue.key(), issue.args());
    }

    /**
     * Reads the file's shape in the background: a file in the template's shape is checked at
     * once, any other list goes through the mapping step first.
     */
    public void read(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        beginWork(ui, fileName);
        Thread.ofVirtual().start(new DelegatingSecurityContextRunnable(() -> {
            try {
                ListLayout layout = importer.layout(fileName, bytes);
                if (layout.complete()) {
                    ImportPreview result = importer.preview(fileName, bytes, layout.proposal(),
                            value -> ui.access(() -> progress.setValue(value)));
                    ui.access(() -> showPreview(result));
                } else {
                    ui.access(() -> showMapping(layout, bytes));
                }
            } catch (RuntimeException e) {
                ui.access(() -> failed(ui, e));
            }
        }));
    }

    /** Checks the file with the columns and list-wide values the user confirmed; the mapping stays on error. */
    private void check(String fileName, byte[] bytes, ListSettings settings) {
        UI ui = UI.getCurrent();
        beginWork(ui, fileName);
        Thread.ofVirtual().start(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportPreview result = importer.preview(fileName, bytes, settings,
                        value -> ui.access(() -> progress.setValue(value)));
                ui.access(() -> showPreview(result));
            } catch (RuntimeException e) {
                ui.access(() -> failed(ui, e));
            }
        }));
    }

    private void beginWork(UI ui, String fileName) {
        preview = null;
        setResultVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(getTranslation("import.checking", fileName));
        ui.setPollInterval(400);
    }

    private void failed(UI ui, RuntimeException e) {
        progress.setVisible(false);
        progressText.setText("");
        ui.setPollInterval(-1);
        Notifications.error(Notifications.describe(ui, e));
    }

    private void showMapping(ListLayout layout, byte[] bytes) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        progressText.setText("");
        removeMapping();
        mapping = new ListMappingForm(layout, units, awardTypes.search("", null),
                settings -> check(layout.fileName(), bytes, settings), this::removeMapping);
        addComponentAtIndex(indexOf(summary), mapping);
    }

    private void removeMapping() {
        if (mapping != null) {
            remove(mapping);
            mapping = null;
        }
    }

    private void showPreview(ImportPreview result) {
        preview = result;
        removeMapping();
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        progressText.setText("");
        summary.setText(getTranslation("import.summary", result.fileName(), result.rows().size(), result.ready(),
                result.newPeople(), result.duplicates(), result.errors()));
        commit.setText(getTranslation("import.commitCount", result.importable()));
        commit.setEnabled(result.importable() > 0);
        rows = new ListDataProvider<>(result.rows());
        grid.setItems(rows);
        setResultVisible(true);
        show.setValue(result.errors() > 0 ? RowStatus.ERROR : null);
        filter();
    }

    private void filter() {
        if (rows != null) {
            rows.setFilter(r -> show.getValue() == null || r.status() == show.getValue());
        }
    }

    private void confirmCommit() {
        ImportPreview current = preview;
        if (current == null) {
            return;
        }
        Ui.confirm("import.commit", getTranslation("import.commitConfirm", current.importable(), current.fileName()),
                "import.commit", () -> {
                    ImportOutcome outcome = importer.commit(current);
                    Notifications.success(getTranslation("import.done", outcome.awardsAdded(),
                            outcome.decisionsCreated(), outcome.alreadyPresent()));
                    summary.setText(getTranslation("import.done", outcome.awardsAdded(), outcome.decisionsCreated(),
                            outcome.alreadyPresent()));
                    commit.setEnabled(false);
                });
    }

    private void setResultVisible(boolean visible) {
        show.setVisible(visible);
        commit.setVisible(visible);
        report.setVisible(visible);
        summary.setVisible(visible);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
