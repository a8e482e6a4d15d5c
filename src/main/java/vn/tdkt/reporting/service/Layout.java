package vn.tdkt.reporting.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document described once, independent of the file format: the .docx and the PDF writers
 * both render it, so the two files always carry the same text in the same order and layout.
 * Sizes are in points, margins in millimetres (as Decree 30/2020 states them).
 */
public record Layout(boolean landscape, Margins margins, boolean border, List<Block> blocks) {

    /** The default size of body text (Decree 30/2020: 13–14 pt). */
    public static final float BODY = 14f;

    public record Margins(float topMm, float bottomMm, float leftMm, float rightMm) {

        /** Decree 30/2020 / Hướng dẫn 36-HD/VPTW: top and bottom 20–25, left 30–35, right 15–20 mm. */
        public static final Margins ADMINISTRATIVE = new Margins(20, 20, 30, 15);
    }

    public enum Align {
        LEFT, CENTER, RIGHT, JUSTIFY
    }

    /** A piece of text in one style; size 0 means the body size; colour as RGB hex, null = black. */
    public record Run(String text, boolean bold, boolean italic, boolean underline, float size, String color) {

        /** The red of certificates' titles. */
        public static final String RED = "B0161B";

        public Run(String text, boolean bold, boolean italic, boolean underline, float size) {
            this(text, bold, italic, underline, size, null);
        }

        public static Run plain(String text) {
            return new Run(text, false, false, false, 0);
        }

        public static Run bold(String text) {
            return new Run(text, true, false, false, 0);
        }

        public static Run italic(String text) {
            return new Run(text, false, true, false, 0);
        }

        public Run size(float points) {
            return new Run(text, bold, italic, underline, points, color);
        }

        public Run underlined() {
            return new Run(text, bold, italic, true, size, color);
        }

        public Run boldItalic() {
            return new Run(text, true, true, underline, size, color);
        }

        public Run red() {
            return new Run(text, bold, italic, underline, size, RED);
        }

        public float points() {
            return size > 0 ? size : BODY;
        }
    }

    public sealed interface Block permits Para, Columns, Table, PageBreak {
    }

    /** A paragraph; spacing before/after in points, first-line indent in millimetres. */
    public record Para(List<Run> runs, Align align, float before, float after, float indentMm) implements Block {

        public static Para of(Align align, Run... runs) {
            return new Para(List.of(runs), align, 0, 0, 0);
        }

        public static Para body(Run... runs) {
            return new Para(List.of(runs), Align.JUSTIFY, 0, 6, 10);
        }

        public Para spaced(float beforePoints, float afterPoints) {
            return new Para(runs, align, beforePoints, afterPoints, indentMm);
        }

        public String text() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }

    /** Side-by-side blocks of paragraphs without borders: the heading, the signature. Widths are relative. */
    public record Columns(float[] widths, List<List<Para>> cells) implements Block {

        @Override
        public boolean equals(Object o) {
            return o instanceof Columns c && Arrays.equals(widths, c.widths) && cells.equals(c.cells);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(widths) * 31 + cells.hashCode();
        }

        @Override
        public String toString() {
            return "Columns" + cells;
        }
    }

    public record Cell(String text, Align align, boolean bold) {

        public static Cell left(String text) {
            return new Cell(text == null ? "" : text, Align.LEFT, false);
        }

        public static Cell center(String text) {
            return new Cell(text == null ? "" : text, Align.CENTER, false);
        }

        public static Cell right(String text) {
            return new Cell(text == null ? "" : text, Align.RIGHT, false);
        }

        public Cell strong() {
            return new Cell(text, align, true);
        }
    }

    /** A ruled table with a bold header row repeated on each page. Widths are relative; font size in points. */
    public record Table(float[] widths, List<String> header, List<List<Cell>> rows, float size) implements Block {

        @Override
        public boolean equals(Object o) {
            return o instanceof Table t && Arrays.equals(widths, t.widths) && header.equals(t.header)
                    && rows.equals(t.rows) && size == t.size;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(widths) * 31 + rows.hashCode();
        }

        @Override
        public String toString() {
            return "Table" + header + rows.size();
        }
    }

    public record PageBreak() implements Block {
    }

    /** Collects blocks in order. */
    public static final class Builder {

        private final List<Block> blocks = new ArrayList<>();

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public Builder addAll(List<? extends Block> more) {
            blocks.addAll(more);
            return this;
        }

        public Builder center(Run... runs) {
            return add(Para.of(Align.CENTER, runs));
        }

        public Builder body(Run... runs) {
            return add(Para.body(runs));
        }

        public Layout portrait() {
            return new Layout(false, Margins.ADMINISTRATIVE, false, List.copyOf(blocks));
        }

        public Layout landscape(Margins margins, boolean border) {
            return new Layout(true, margins, border, List.copyOf(blocks));
        }
    }
}
