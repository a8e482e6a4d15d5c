package vn.tdkt.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.load.VaadinProtocol.Ui;

/**
 * The part of {@link VaadinProtocol} that fills forms, as recorded from Chromium entering a
 * decision and saving a registration: field values committed ({@code mSync} of the property and
 * the {@code change} event), a combo box filtered, its page of items fetched and confirmed and an
 * item picked by key, a select's item picked, button clicks, a confirm dialog's {@code confirm},
 * a dialog's {@code closed}; and the readers of answers that find what the next step addresses
 * (nodes by tag or id prefix, item keys by label, property values, a dialog closing, a text shown).
 */
public final class VaadinForms {

    private VaadinForms() {
    }

    /** A text field's value as the browser commits it when the field loses focus. */
    public static String setText(Ui ui, int fieldNode, String text) {
        return VaadinProtocol.message(ui, sync(fieldNode, "value", quote(text)) + "," + event(fieldNode, "change"));
    }

    /** An integer field's value committed: the value and what the input shows, then {@code change}. */
    public static String setInteger(Ui ui, int fieldNode, int value) {
        return VaadinProtocol.message(ui, sync(fieldNode, "value", quote(String.valueOf(value))) + ","
                + sync(fieldNode, "_inputElementValue", quote(String.valueOf(value))) + "," + event(fieldNode, "change"));
    }

    /** A date typed into a date picker: the ISO value, then the text as shown (dd/MM/yyyy). */
    public static String setDate(Ui ui, int pickerNode, LocalDate date) {
        return VaadinProtocol.message(ui, sync(pickerNode, "value", quote(date.toString())) + ","
                + event(pickerNode, "value-changed") + "," + sync(pickerNode, "_inputElementValue",
                        quote(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))) + ","
                + event(pickerNode, "change"));
    }

    /** Typing into a combo box: its filter, and the overlay opening. */
    public static String comboFilter(Ui ui, int comboNode, String filter) {
        return VaadinProtocol.message(ui, sync(comboNode, "filter", quote(filter)) + "," + event(comboNode, "filter-changed") + ","
                + sync(comboNode, "opened", "true") + "," + event(comboNode, "opened-changed"));
    }

    /** The combo box connector asking for the first page of items that match the filter. */
    public static String comboItems(Ui ui, int comboNode, String filter) {
        return VaadinProtocol.message(ui, "{\"type\":\"publishedEventHandler\",\"node\":" + comboNode
                + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[0,50,"
                + quote(filter) + "],\"promise\":" + ui.clientId() + "}");
    }

    /** The data update of a combo box that the answer asks the browser to confirm, if any. */
    public static OptionalInt comboUpdateToConfirm(String response, int comboNode) {
        Matcher m = Pattern.compile("\\[\\{\"@v-node\":" + comboNode
                + "\\},(\\d+),\"(?:[^\"\\\\]|\\\\.)*\",\"return \\$0\\.\\$connector\\.confirm\\(").matcher(response);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }

    /** The key of the combo box item the answer lists with exactly this label. */
    public static Optional<String> comboKey(String response, String label) {
        Matcher m = Pattern.compile("\\{\"key\":\"([^\"]+)\",\"label\":\"" + Pattern.quote(VaadinProtocol.json(label)) + "\"")
                .matcher(response);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The key of the first item a combo box answer lists (the best match for what was typed). */
    public static Optional<String> firstComboKey(String response) {
        Matcher m = Pattern.compile("\\{\"key\":\"([^\"]+)\",\"label\":\"").matcher(response);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The combo box connector's acknowledgement of the items it received. */
    public static String comboConfirm(Ui ui, int comboNode, int updateId) {
        return VaadinProtocol.confirmUpdate(ui, comboNode, updateId);
    }

    /** Every grid's data update the answer asks the browser to confirm: grid node to the last update id. */
    public static Map<Integer, Integer> gridUpdatesToConfirm(String response) {
        Matcher m = Pattern.compile("\\[\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(")
                .matcher(response);
        Map<Integer, Integer> updates = new LinkedHashMap<>();
        while (m.find()) {
            updates.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return updates;
    }

    /** The texts the answer puts on the page, e.g. the message of a refusal, for a failure's description. */
    public static List<String> texts(String response) {
        Matcher m = Pattern.compile("\"key\":\"text\",\"feat\":7,\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(response);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    /** The last value the answer gives a node's property (e.g. a select's {@code value}, its item key). */
    public static Optional<String> property(String response, int node, String property) {
        return property(response, node, property, 1);
    }

    /** The last value the answer gives a node's property ({@code feature} 1) or attribute (3). */
    private static Optional<String> property(String response, int node, String name, int feature) {
        Matcher m = Pattern.compile("\\{\"node\":" + node + ",\"type\":\"put\",\"key\":\"" + Pattern.quote(name)
                + "\",\"feat\":" + feature + ",\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}").matcher(response);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    /** Picking an item of a combo box: the filter cleared, the item's key as value, the overlay closed. */
    public static String comboPick(Ui ui, int comboNode, String key) {
        return VaadinProtocol.message(ui, sync(comboNode, "filter", "\"\"") + "," + event(comboNode, "filter-changed") + ","
                + sync(comboNode, "value", quote(key)) + "," + event(comboNode, "value-changed") + ","
                + sync(comboNode, "opened", "false") + "," + event(comboNode, "opened-changed"));
    }

    /**
     * The key of the item labelled exactly {@code label} among the items (vaadin-select-item) the
     * answer creates in the select's list box.
     */
    public static Optional<String> selectKey(String response, int selectNode, String label) {
        for (int listBox : children(response, selectNode)) {
            for (int item : children(response, listBox)) {
                if (property(response, item, "label", 3).filter(label::equals).isPresent()) {
                    return property(response, item, "value", 3);
                }
            }
        }
        return Optional.empty();
    }

    /** The nodes the answer adds under {@code node}, in order. */
    private static List<Integer> children(String response, int node) {
        Matcher m = Pattern.compile("\\{\"node\":" + node + ",\"type\":\"splice\",\"feat\":2,\"index\":\\d+,"
                + "\"addNodes\":\\[([\\d,]+)\\]\\}").matcher(response);
        List<Integer> nodes = new ArrayList<>();
        while (m.find()) {
            for (String n : m.group(1).split(",")) {
                nodes.add(Integer.parseInt(n));
            }
        }
        return nodes;
    }

    /** Picking an item of a select: its overlay closes and the item's key becomes the value. */
    public static String selectPick(Ui ui, int selectNode, String key) {
        return VaadinProtocol.message(ui, sync(selectNode, "opened", "false") + "," + event(selectNode, "opened-changed") + ","
                + sync(selectNode, "value", quote(key)) + "," + event(selectNode, "value-changed"));
    }

    /** A mouse click on a button, with the event details a browser sends. */
    public static String click(Ui ui, int buttonNode) {
        return VaadinProtocol.message(ui, "{\"type\":\"event\",\"node\":" + buttonNode + ",\"event\":\"click\",\"data\":{"
                + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                + "\"event.clientX\":600,\"event.clientY\":400,\"event.altKey\":false,\"event.button\":0,"
                + "\"event.screenY\":497,\"event.screenX\":610}}");
    }

    /** The confirm button of a confirm dialog: the dialog's {@code confirm} event, then it closes. */
    public static String confirm(Ui ui, int confirmDialogNode) {
        return VaadinProtocol.message(ui, "{\"type\":\"event\",\"node\":" + confirmDialogNode + ",\"event\":\"confirm\"},"
                + sync(confirmDialogNode, "opened", "false") + "," + event(confirmDialogNode, "opened-changed"));
    }

    /** A dialog's {@code closed} event once its closing animation ended; the server then lets the dialog go. */
    public static String closed(Ui ui, int dialogNode) {
        return VaadinProtocol.message(ui, "{\"type\":\"event\",\"node\":" + dialogNode + ",\"event\":\"closed\"}");
    }

    /** The nodes of the elements with tag {@code tag} (e.g. vaadin-dialog) that the answer created, in order. */
    public static List<Integer> nodesWithTag(String response, String tag) {
        Matcher m = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\""
                + Pattern.quote(tag) + "\"\\}").matcher(response);
        List<Integer> nodes = new ArrayList<>();
        while (m.find()) {
            nodes.add(Integer.parseInt(m.group(1)));
        }
        return nodes;
    }

    /** The elements whose id starts with {@code prefix} that the answer created: id to node, in order. */
    public static Map<String, Integer> nodesWithIdPrefix(String response, String prefix) {
        Matcher m = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"("
                + Pattern.quote(prefix) + "[^\"]*)\"\\}").matcher(response);
        Map<String, Integer> nodes = new LinkedHashMap<>();
        while (m.find()) {
            nodes.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        return nodes;
    }

    /** Whether the answer closes the dialog (its {@code opened} property set to false). */
    public static boolean closes(String response, int dialogNode) {
        return response.contains("{\"node\":" + dialogNode + ",\"type\":\"put\",\"key\":\"opened\",\"feat\":1,"
                + "\"value\":false}");
    }

    /** Whether the answer shows this text (a notification, a label, a badge). */
    public static boolean shows(String response, String text) {
        return response != null && response.contains(VaadinProtocol.json(text));
    }

    private static String sync(int node, String property, String jsonValue) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + jsonValue + "}";
    }

    private static String event(int node, String name) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + name + "\",\"data\":{}}";
    }

    private static String quote(String s) {
        return "\"" + VaadinProtocol.json(s) + "\"";
    }
}
