package vn.tdkt.importing.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.tdkt.base.service.BusinessException;

/**
 * Reads the first sheet of an xlsx file as raw cells, streaming (SAX), without evaluating
 * anything. Hostile files end in a {@link BusinessException}: not a zip / not a workbook,
 * zip bombs (POI's inflate-ratio and entry-size guards), too many rows, and files whose
 * rows are mostly empty. Formula cells are returned marked so the caller can refuse them.
 */
final class XlsxReader {

    /** A cell as stored: text, or a number (dates are Excel serial numbers), or a formula. */
    record RawCell(String text, Double number, boolean formula) {

        static final RawCell EMPTY = new RawCell(null, null, false);

        boolean blank() {
            return !formula && number == null && (text == null || text.isBlank());
        }
    }

    /** A non-empty row with its 1-based number in the sheet. */
    record RawRow(int number, List<RawCell> cells) {

        RawCell cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : RawCell.EMPTY;
        }
    }

    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    private static final int MAX_EMPTY_ROWS_IN_A_ROW = 10_000;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private XlsxReader() {
    }

    static List<RawRow> read(byte[] bytes, long maxBytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("error.file.empty");
        }
        if (bytes.length > maxBytes) {
            throw new BusinessException("error.file.tooLarge", maxBytes / (1024 * 1024));
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes.length <= i || bytes[i] != ZIP_MAGIC[i]) {
                throw new BusinessException("error.import.notXlsx");
            }
        }
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        // From a file, POI inflates each part only as it is read, under its zip-bomb guards, so
        // the row limit stops a huge sheet early; from a stream it would inflate every part
        // into memory first and fail past 100 MB with an error that says nothing.
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("tdkt-import-", ".xlsx");
            java.nio.file.Files.write(file, bytes);
            return read(file, maxRows);
        } catch (IOException e) {
            throw new BusinessException("error.import.corrupt");
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    private static List<RawRow> read(java.nio.file.Path file, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessException("error.import.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                SheetHandler handler = new SheetHandler(strings, maxRows);
                SAXParser parser = saxParser();
                parser.parse(sheet, handler);
                return handler.rows;
            }
        } catch (BusinessException e) {
            throw e;
        } catch (StopParsing stop) {
            throw stop.reason;
        } catch (NotOfficeXmlFileException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new BusinessException("error.import.notXlsx");
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof StopParsing stop) {
                    throw stop.reason;
                }
                String message = String.valueOf(cause.getMessage());
                if (message.contains("Zip bomb") || message.contains("zip bomb")
                        || message.contains("exceeds the max") || message.contains("MAX_ENTRY_SIZE")) {
                    throw new BusinessException("error.import.zipBomb");
                }
                cause = cause.getCause();
            }
            throw new BusinessException("error.import.corrupt");
        }
    }

    private static SAXParser saxParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        return factory.newSAXParser();
    }

    /** Thrown inside the SAX callbacks to stop at a limit; carries the user's message. */
    private static final class StopParsing extends SAXException {
        private final BusinessException reason;

        StopParsing(BusinessException reason) {
            this.reason = reason;
        }
    }

    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final int maxRows;
        private final List<RawRow> rows = new ArrayList<>();
        private List<RawCell> cells;
        private int rowNumber;
        private int emptyRun;
        private int column;
        private String type;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, int maxRows) {
            this.strings = strings;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    if (column > 100) {
                        return;
                    }
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, cell());
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private RawCell cell() {
            String raw = value.toString();
            if (formula) {
                return new RawCell(raw, null, true);
            }
            if (raw.isEmpty()) {
                return RawCell.EMPTY;
            }
            return switch (type == null ? "n" : type) {
                case "s" -> new RawCell(strings.getItemAt(Integer.parseInt(raw.strip())).getString(), null, false);
                case "inlineStr", "str" -> new RawCell(raw, null, false);
                case "n" -> {
                    try {
                        yield new RawCell(raw, Double.valueOf(raw), false);
                    } catch (NumberFormatException e) {
                        yield new RawCell(raw, null, false);
                    }
                }
                default -> new RawCell(raw, null, false);
            };
        }

        private void endRow() throws SAXException {
            boolean empty = cells.stream().allMatch(c -> c == null || c.blank());
            if (empty) {
                if (++emptyRun > MAX_EMPTY_ROWS_IN_A_ROW) {
                    throw new StopParsing(new BusinessException("error.import.emptyRows", MAX_EMPTY_ROWS_IN_A_ROW));
                }
                return;
            }
            emptyRun = 0;
            if (rows.size() >= maxRows + 1) {
                throw new StopParsing(new BusinessException("error.import.tooManyRows", maxRows));
            }
            rows.add(new RawRow(rowNumber, cells));
        }
    }
}
