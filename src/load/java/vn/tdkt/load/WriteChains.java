package vn.tdkt.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static vn.tdkt.load.RegisterLoadSimulation.think;
import static vn.tdkt.load.RegisterLoadSimulation.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.tdkt.load.VaadinProtocol.Ui;

/**
 * The writes of the load benchmark, the messages {@link VaadinUser#recordDecision} and
 * {@link VaadinUser#saveRegistration} send, as Gatling chains: the secretary enters and records
 * a Giấy khen decision, the unit officer saves a registration. The request that carries the
 * write ("record decision", "save registration") is OK only when its answer shows the write
 * acknowledged; the steps before it are OK only when their answer offers what the next step
 * addresses. Fields are filled with a typist's pauses, the steps separated by think times.
 */
final class WriteChains {

    /** The run's mark in every decision number, so reruns against the same database never collide. */
    private static final long RUN = System.currentTimeMillis() / 10_000;

    private WriteChains() {
    }

    private static ChainBuilder typing() {
        return exec(s -> s).pause(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    private static Ui ui(Session s) {
        return s.get("ui");
    }

    /** The answer must create the elements with these ids; their nodes are then kept under the ids. */
    private static BiFunction<String, Session, String> offers(String... ids) {
        return (answer, s) -> {
            for (String id : ids) {
                if (VaadinProtocol.nodeWithId(answer, id).isEmpty()) {
                    return "no #" + id + " in the answer";
                }
            }
            return null;
        };
    }

    private static ChainBuilder keep(String... ids) {
        return exec(s -> {
            Session kept = s;
            for (String id : ids) {
                kept = kept.set(id, VaadinProtocol.nodeWithId(s.getString("answer"), id).orElseThrow());
            }
            return kept;
        });
    }

    /** Keeps the node of the last element with this tag that the answer created (a dialog). */
    private static ChainBuilder keepTag(String tag, String as) {
        return exec(s -> s.set(as, VaadinForms.nodesWithTag(s.getString("answer"), tag).getLast()));
    }

    /** Confirms every grid update the last answer asks for, as the grid connectors do. */
    private static ChainBuilder confirmGrids() {
        return exec(s -> {
            List<List<Integer>> updates = new ArrayList<>();
            for (Map.Entry<Integer, Integer> u : VaadinForms.gridUpdatesToConfirm(s.getString("answer")).entrySet()) {
                updates.add(List.of(u.getKey(), u.getValue()));
            }
            return s.set("gridUpdates", updates);
        }).foreach(s -> s.getList("gridUpdates"), "gridUpdate").on(uidl("grid confirm", s -> {
            List<Integer> u = s.getList("gridUpdate");
            return VaadinProtocol.confirmUpdate(ui(s), u.get(0), u.get(1));
        }));
    }

    /** Types {@code filter} into the combo box kept under {@code combo} and picks {@code label} (null: the first). */
    private static ChainBuilder pick(String name, String combo, String filter, String label) {
        return exec(uidl(name, s -> VaadinForms.comboFilter(ui(s), s.getInt(combo), filter)))
                .exec(typing())
                .exec(uidl(name, s -> VaadinForms.comboItems(ui(s), s.getInt(combo), filter),
                        (answer, s) -> (label == null ? VaadinForms.firstComboKey(answer)
                                : VaadinForms.comboKey(answer, label)).isPresent() ? null
                                        : "nothing offered for " + filter))
                .exec(s -> {
                    String answer = s.getString("answer");
                    return s.set("key", (label == null ? VaadinForms.firstComboKey(answer)
                            : VaadinForms.comboKey(answer, label)).orElseThrow())
                            .set("update", VaadinForms.comboUpdateToConfirm(answer, s.getInt(combo)).orElse(-1));
                })
                .doIf(s -> s.getInt("update") >= 0).then(uidl(name,
                        s -> VaadinForms.comboConfirm(ui(s), s.getInt(combo), s.getInt("update"))))
                .exec(uidl(name, s -> VaadinForms.comboPick(ui(s), s.getInt(combo), s.getString("key"))))
                .exec(typing());
    }

    /** Saves the open dialog: the answer must close it (a refusal keeps it open), then the browser reports it closed. */
    private static ChainBuilder saveDialog(String name, String... nextIds) {
        return exec(uidl(name, s -> VaadinForms.click(ui(s), s.getInt("dialog-save")), (answer, s) -> {
            if (!VaadinForms.closes(answer, s.getInt("dialog"))) {
                return "the dialog stayed open: " + VaadinForms.texts(answer);
            }
            return offers(nextIds).apply(answer, s);
        }))
                .exec(keep(nextIds))
                .exec(confirmGrids())
                .exec(s -> s.set("saved", s.getString("answer")))
                .exec(uidl("dialog closed", s -> VaadinForms.closed(ui(s), s.getInt("dialog"))))
                .exec(s -> s.set("answer", s.getString("saved")));
    }

    private static ChainBuilder recipient(String person) {
        return exec(uidl("recipient form", s -> VaadinForms.click(ui(s), s.getInt("decision-add-recipient")),
                offers("recipient-award", "recipient-person", "dialog-save")))
                .exec(keep("recipient-award", "recipient-person", "dialog-save"))
                .exec(keepTag("vaadin-dialog", "dialog"))
                .exec(typing())
                .exec(pick("recipient award", "recipient-award", "giay khen", VaadinUser.AWARD))
                .exec(pick("recipient person", "recipient-person", person, null))
                .exec(saveDialog("recipient save", "decision-add-recipient", "decision-record"));
    }

    private static ChainBuilder recipients() {
        ChainBuilder all = recipient(VaadinUser.RECIPIENTS.getFirst());
        for (String person : VaadinUser.RECIPIENTS.subList(1, VaadinUser.RECIPIENTS.size())) {
            all = all.exec(think()).exec(recipient(person));
        }
        return all;
    }

    /**
     * The secretary's write: the decisions list, a new decision (issuer, a number unique to the
     * simulated user and its iteration {@code i}, today's date and year), its recipients, "Vào
     * sổ" and its confirmation, acknowledged by the answer showing the decision recorded.
     */
    static final ChainBuilder RECORD_DECISION = exec(uidl("decisions",
            s -> VaadinProtocol.navigate(ui(s), "so-khen-thuong/quyet-dinh", false), offers("decision-add")))
            .exec(keep("decision-add"))
            .exec(confirmGrids())
            .exec(think())
            .exec(uidl("decision form", s -> VaadinForms.click(ui(s), s.getInt("decision-add")),
                    offers("decision-issuer", "decision-number", "decision-date", "decision-year-from",
                            "decision-year-to", "dialog-save")))
            .exec(keep("decision-issuer", "decision-number", "decision-date", "decision-year-from",
                    "decision-year-to", "dialog-save"))
            .exec(keepTag("vaadin-dialog", "dialog"))
            .exec(s -> s.set("number", VaadinUser.decisionNumber(RUN, s.userId(), s.getInt("i")))
                    .set("date", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))))
            .exec(typing())
            .exec(pick("decision issuer", "decision-issuer", VaadinUser.ISSUER_FILTER, VaadinUser.ISSUER))
            .exec(uidl("decision number", s -> VaadinForms.setText(ui(s), s.getInt("decision-number"),
                    s.getString("number"))))
            .exec(typing())
            .exec(uidl("decision date", s -> VaadinForms.setDate(ui(s), s.getInt("decision-date"), s.get("date"))))
            .exec(typing())
            .exec(uidl("decision years", s -> VaadinForms.setInteger(ui(s), s.getInt("decision-year-from"),
                    s.<LocalDate>get("date").getYear())))
            .exec(uidl("decision years", s -> VaadinForms.setInteger(ui(s), s.getInt("decision-year-to"),
                    s.<LocalDate>get("date").getYear())))
            .exec(typing())
            .exec(saveDialog("decision save", "decision-add-recipient"))
            .exec(think())
            .exec(recipients())
            .exec(think())
            .exec(uidl("decision record", s -> VaadinForms.click(ui(s), s.getInt("decision-record")),
                    (answer, s) -> VaadinForms.nodesWithTag(answer, "vaadin-confirm-dialog").isEmpty()
                            ? "no confirmation asked" : null))
            .exec(keepTag("vaadin-confirm-dialog", "confirmDialog"))
            .exec(typing())
            .exec(uidl("record decision", s -> VaadinForms.confirm(ui(s), s.getInt("confirmDialog")),
                    (answer, s) -> VaadinForms.shows(answer, VaadinUser.RECORDED)
                            && VaadinProtocol.nodeWithId(answer, "decision-status").isPresent() ? null
                                    : "decision " + s.getString("number") + " not shown as recorded: "
                                            + VaadinForms.texts(answer)))
            .exec(confirmGrids())
            .exec(uidl("dialog closed", s -> VaadinForms.closed(ui(s), s.getInt("confirmDialog"))))
            .exec(think());

    /**
     * The officer's write: from the home page (the router would keep the registration view the
     * previous round left open) to the registration view, the movement and next year (whose window is
     * open in the demo data), and a title for one person of the unit, the row chosen by the
     * simulated user so that two officers rarely change the same row; acknowledged by the
     * "saved" notification.
     */
    static final ChainBuilder SAVE_REGISTRATION = exec(uidl("home", s -> VaadinProtocol.navigate(ui(s), "", false)))
            .exec(think())
            .exec(uidl("registration",
            s -> VaadinProtocol.navigate(ui(s), "thi-dua/dang-ky", false),
            offers("registration-movement", "registration-year")))
            .exec(keep("registration-movement", "registration-year"))
            .exec(confirmGrids())
            .exec(think())
            .exec(pick("registration movement", "registration-movement", VaadinUser.MOVEMENT_FILTER,
                    VaadinUser.MOVEMENT))
            .exec(uidl("registration year", s -> VaadinForms.setInteger(ui(s), s.getInt("registration-year"),
                    LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1),
                    (answer, s) -> VaadinForms.nodesWithIdPrefix(answer, "registration-title-").isEmpty()
                            ? "the registration sheet lists nobody" : null))
            .exec(s -> {
                String sheet = s.getString("answer");
                List<Integer> rows = new ArrayList<>(VaadinForms.nodesWithIdPrefix(sheet, "registration-title-")
                        .values());
                int row = rows.get((int) Math.floorMod(s.userId(), rows.size()));
                String current = VaadinForms.property(sheet, row, "value").orElse("");
                String key = VaadinUser.TITLES.stream().map(t -> VaadinForms.selectKey(sheet, row, t).orElse(""))
                        .filter(k -> !k.isEmpty() && !k.equals(current)).findFirst().orElse("");
                return s.set("row", row).set("key", key);
            })
            .exec(confirmGrids())
            .exec(think())
            .exec(uidl("save registration", s -> VaadinForms.selectPick(ui(s), s.getInt("row"), s.getString("key")),
                    (answer, s) -> VaadinForms.shows(answer, VaadinUser.REGISTRATION_SAVED) ? null
                            : "registration not acknowledged: " + VaadinForms.texts(answer)))
            .exec(confirmGrids())
            .exec(think());
}
