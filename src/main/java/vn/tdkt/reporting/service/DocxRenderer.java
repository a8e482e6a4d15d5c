package vn.tdkt.reporting.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageBorderOffset;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.tdkt.reporting.service.Layout.Align;
import vn.tdkt.reporting.service.Layout.Block;
import vn.tdkt.reporting.service.Layout.Cell;
import vn.tdkt.reporting.service.Layout.Columns;
import vn.tdkt.reporting.service.Layout.PageBreak;
import vn.tdkt.reporting.service.Layout.Para;
import vn.tdkt.reporting.service.Layout.Run;
import vn.tdkt.reporting.service.Layout.Table;

/**
 * Writes a {@link Layout} as a Word document for editing. The font is named "Times New Roman"
 * so that Word uses it (the PDF embeds the metric-compatible Liberation Serif instead).
 */
final class DocxRenderer {

    static final String FONT = "Times New Roman";
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;

    private DocxRenderer() {
    }

    /** One document; several layouts (e.g. all certificates) follow each other on new pages. */
    static byte[] render(List<Layout> layouts) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            fonts.setEastAsia(FONT);
            doc.createStyles().setDefaultFonts(fonts);
            for (int i = 0; i < layouts.size(); i++) {
                if (i > 0) {
                    pageBreak(doc);
                }
                layouts.get(i).blocks().forEach(block -> write(doc, block));
            }
            page(doc, layouts.get(0));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc, Layout layout) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(layout.landscape() ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(layout.landscape() ? A4_SHORT : A4_LONG));
        if (layout.landscape()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(twips(layout.margins().topMm()));
        mar.setBottom(twips(layout.margins().bottomMm()));
        mar.setLeft(twips(layout.margins().leftMm()));
        mar.setRight(twips(layout.margins().rightMm()));
        if (layout.border()) {
            CTPageBorders borders = sect.addNewPgBorders();
            borders.setOffsetFrom(STPageBorderOffset.PAGE);
            for (CTBorder b : List.of(borders.addNewTop(), borders.addNewBottom(), borders.addNewLeft(),
                    borders.addNewRight())) {
                b.setVal(STBorder.THICK_THIN_MEDIUM_GAP);
                b.setSz(BigInteger.valueOf(36));
                b.setSpace(BigInteger.valueOf(24));
                b.setColor("9C1C1C");
            }
        }
    }

    private static BigInteger twips(float mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    private static void write(XWPFDocument doc, Block block) {
        switch (block) {
            case Para p -> paragraph(doc.createParagraph(), p);
            case Columns c -> columns(doc, c);
            case Table t -> table(doc, t);
            case PageBreak pb -> pageBreak(doc);
        }
    }

    private static void pageBreak(XWPFDocument doc) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontFamily(FONT);
        run.addBreak(BreakType.PAGE);
    }

    private static void paragraph(XWPFParagraph target, Para p) {
        target.setAlignment(alignment(p.align()));
        target.setSpacingBefore(Math.round(p.before() * 20));
        target.setSpacingAfter(Math.round(p.after() * 20));
        if (p.indentMm() > 0) {
            target.setIndentationFirstLine((int) Math.round(p.indentMm() * TWIPS_PER_MM));
        }
        for (Run r : p.runs()) {
            XWPFRun run = target.createRun();
            run.setFontFamily(FONT);
            run.setFontSize((double) r.points());
            run.setBold(r.bold());
            run.setItalic(r.italic());
            if (r.underline()) {
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
            if (r.color() != null) {
                run.setColor(r.color());
            }
            String[] lines = r.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }
    }

    private static void columns(XWPFDocument doc, Columns c) {
        XWPFTable table = doc.createTable(1, c.cells().size());
        table.removeBorders();
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow row = table.getRow(0);
        float sum = sum(c.widths());
        for (int i = 0; i < c.cells().size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(Math.round(c.widths()[i] * 100 / sum) + "%");
            List<Para> paras = c.cells().get(i);
            for (int j = 0; j < paras.size(); j++) {
                paragraph(j == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), paras.get(j));
            }
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.widths().length);
        table.setWidth("100%");
        float sum = sum(t.widths());
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < t.header().size(); i++) {
            XWPFTableCell cell = head.getCell(i);
            cell.setWidth(Math.round(t.widths()[i] * 100 / sum) + "%");
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            paragraph(cell.getParagraphs().get(0), Para.of(Align.CENTER, Run.bold(t.header().get(i)).size(t.size())));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Cell> cells = t.rows().get(r);
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                XWPFTableCell cell = row.getCell(i);
                cell.setWidth(Math.round(t.widths()[i] * 100 / sum) + "%");
                paragraph(cell.getParagraphs().get(0), Para.of(c.align(),
                        new Run(c.text(), c.bold(), false, false, t.size())));
            }
        }
    }

    private static float sum(float[] widths) {
        float s = 0;
        for (float w : widths) {
            s += w;
        }
        return s;
    }

    private static ParagraphAlignment alignment(Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }
}
