package vn.tdkt.reporting.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import vn.tdkt.reporting.service.Layout.Align;
import vn.tdkt.reporting.service.Layout.Block;
import vn.tdkt.reporting.service.Layout.Cell;
import vn.tdkt.reporting.service.Layout.Columns;
import vn.tdkt.reporting.service.Layout.PageBreak;
import vn.tdkt.reporting.service.Layout.Para;
import vn.tdkt.reporting.service.Layout.Run;
import vn.tdkt.reporting.service.Layout.Table;

/**
 * Writes a {@link Layout} as PDF for printing, with Liberation Serif (SIL OFL, metric-compatible
 * with Times New Roman) embedded as Identity-H so that every Vietnamese letter prints on any
 * machine, whatever fonts it has.
 */
final class PdfRenderer {

    private static final float PT_PER_MM = 72f / 25.4f;
    private static final java.awt.Color BORDER = new java.awt.Color(0x9C, 0x1C, 0x1C);

    /** The four faces, read once: their bytes are shared; each document embeds the subset it uses. */
    private static final byte[][] FACES = {load("Regular"), load("Bold"), load("Italic"), load("BoldItalic")};

    private PdfRenderer() {
    }

    private static byte[] load(String face) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/LiberationSerif-" + face + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("Font LiberationSerif-" + face + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fonts of one document: a BaseFont must not be shared between documents being written. */
    private static final class Faces {
        private final BaseFont[] base = new BaseFont[4];

        BaseFont of(Run r) {
            int i = (r.bold() ? 1 : 0) + (r.italic() ? 2 : 0);
            if (base[i] == null) {
                try {
                    base[i] = BaseFont.createFont("LiberationSerif-" + i + ".ttf", BaseFont.IDENTITY_H,
                            BaseFont.EMBEDDED, false, FACES[i], null);
                } catch (IOException | DocumentException e) {
                    throw new IllegalStateException(e);
                }
            }
            return base[i];
        }

        Font font(Run r) {
            return new Font(of(r), r.points(), r.underline() ? Font.UNDERLINE : Font.NORMAL,
                    r.color() == null ? java.awt.Color.BLACK : new java.awt.Color(Integer.parseInt(r.color(), 16)));
        }
    }

    /** One PDF; each layout starts on a new page with its own size and margins. */
    static byte[] render(List<Layout> layouts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        Faces faces = new Faces();
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            Border border = new Border();
            writer.setPageEvent(border);
            boolean first = true;
            for (Layout layout : layouts) {
                Rectangle size = layout.landscape() ? PageSize.A4.rotate() : PageSize.A4;
                doc.setPageSize(size);
                doc.setMargins(layout.margins().leftMm() * PT_PER_MM, layout.margins().rightMm() * PT_PER_MM,
                        layout.margins().topMm() * PT_PER_MM, layout.margins().bottomMm() * PT_PER_MM);
                if (first) {
                    doc.open();
                    first = false;
                } else {
                    doc.newPage();
                }
                // After newPage: the previous page was finished with its own layout's frame.
                border.on = layout.border();
                for (Block block : layout.blocks()) {
                    write(doc, faces, block);
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void write(Document doc, Faces faces, Block block) {
        switch (block) {
            case Para p -> doc.add(paragraph(faces, p));
            case Columns c -> doc.add(columns(faces, c));
            case Table t -> doc.add(table(faces, t));
            case PageBreak pb -> doc.newPage();
        }
    }

    private static Paragraph paragraph(Faces faces, Para p) {
        Paragraph para = new Paragraph();
        float size = p.runs().stream().map(Run::points).max(Float::compare).orElse(Layout.BODY);
        // The paragraph's own font is used for its line ends: it must be the embedded one, never Helvetica.
        para.setFont(faces.font(Run.plain("").size(size)));
        para.setLeading(size * 1.2f);
        for (Run r : p.runs()) {
            para.add(new Chunk(r.text(), faces.font(r)));
        }
        para.setAlignment(alignment(p.align()));
        para.setSpacingBefore(p.before());
        para.setSpacingAfter(p.after());
        para.setFirstLineIndent(p.indentMm() * PT_PER_MM);
        return para;
    }

    private static PdfPTable columns(Faces faces, Columns c) {
        PdfPTable table = new PdfPTable(c.widths());
        table.setWidthPercentage(100);
        for (List<Para> paras : c.cells()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            paras.forEach(p -> cell.addElement(paragraph(faces, p)));
            table.addCell(cell);
        }
        table.setSpacingBefore(6);
        return table;
    }

    private static PdfPTable table(Faces faces, Table t) {
        PdfPTable table = new PdfPTable(t.widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (String h : t.header()) {
            PdfPCell cell = cell(faces, Run.bold(h).size(t.size()), Align.CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        for (List<Cell> row : t.rows()) {
            for (Cell c : row) {
                table.addCell(cell(faces, new Run(c.text(), c.bold(), false, false, t.size()), c.align()));
            }
        }
        return table;
    }

    private static PdfPCell cell(Faces faces, Run r, Align align) {
        Paragraph p = new Paragraph(new Chunk(r.text(), faces.font(r)));
        p.setFont(faces.font(r));
        p.setLeading(r.points() * 1.2f);
        p.setAlignment(alignment(align));
        PdfPCell cell = new PdfPCell();
        cell.addElement(p);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        return cell;
    }

    private static int alignment(Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
    }

    /** The certificate's frame: a thick and a thin line with corner squares, drawn on each framed page. */
    private static final class Border extends PdfPageEventHelper {
        private boolean on;

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (!on) {
                return;
            }
            Rectangle page = document.getPageSize();
            PdfContentByte cb = writer.getDirectContentUnder();
            cb.saveState();
            cb.setColorStroke(BORDER);
            float outer = 9 * PT_PER_MM;
            cb.setLineWidth(4.5f);
            cb.rectangle(outer, outer, page.getWidth() - 2 * outer, page.getHeight() - 2 * outer);
            cb.stroke();
            float inner = outer + 3.2f * PT_PER_MM;
            cb.setLineWidth(1f);
            cb.rectangle(inner, inner, page.getWidth() - 2 * inner, page.getHeight() - 2 * inner);
            cb.stroke();
            float s = 6 * PT_PER_MM;
            cb.setColorFill(BORDER);
            for (float[] corner : new float[][] {{outer, outer}, {page.getWidth() - outer, outer},
                    {outer, page.getHeight() - outer}, {page.getWidth() - outer, page.getHeight() - outer}}) {
                cb.rectangle(corner[0] - s / 2, corner[1] - s / 2, s, s);
                cb.fill();
            }
            float deco = inner + 2.2f * PT_PER_MM;
            cb.setLineWidth(0.5f);
            cb.setLineDash(2f, 2f, 0f);
            cb.rectangle(deco, deco, page.getWidth() - 2 * deco, page.getHeight() - 2 * deco);
            cb.stroke();
            cb.restoreState();
        }
    }
}
