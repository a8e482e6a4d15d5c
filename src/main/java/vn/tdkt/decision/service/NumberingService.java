package vn.tdkt.decision.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.Formats;
import vn.tdkt.decision.domain.AwardDecisionRepository;
import vn.tdkt.decision.domain.AwardRepository;
import vn.tdkt.decision.domain.DocumentKind;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.decision.domain.NumberCounter;
import vn.tdkt.decision.domain.NumberCounterRepository;
import vn.tdkt.decision.domain.Numbering;
import vn.tdkt.decision.domain.NumberingRepository;
import vn.tdkt.decision.domain.NumberingTerm;
import vn.tdkt.decision.domain.NumberingTermRepository;
import vn.tdkt.decision.domain.SubmissionRepository;
import vn.tdkt.organization.service.UnitService;

/**
 * This office's own number sequences (sổ đăng ký văn bản đi): per issuer and kind of document a
 * pattern, the party-committee terms party-style numbers start again in, and the counters.
 * A number is given inside the transaction that issues the document ({@link #reserve}): the
 * numbering's row is locked (SELECT … FOR UPDATE) so two secretaries issuing at the same moment
 * get consecutive numbers, and a rolled-back issue gives its number back — no gap, no duplicate.
 */
@Service
@Transactional(readOnly = true)
public class NumberingService {

    static final String ENTITY = "Numbering";
    private static final String N = "{n}";
    private static final String NN = "{nn}";
    private static final String YYYY = "{yyyy}";
    /** The counter of the số sổ vàng book, kept with the decision numbering's counters. */
    static final String BOOK = "BOOK";

    private final NumberingRepository numberings;
    private final NumberingTermRepository terms;
    private final NumberCounterRepository counters;
    private final AwardDecisionRepository decisions;
    private final AwardRepository awards;
    private final SubmissionRepository submissions;
    private final NumberPeriods periods;
    private final UnitService units;
    private final AuditService audit;
    private final Clock clock;

    NumberingService(NumberingRepository numberings, NumberingTermRepository terms, NumberCounterRepository counters,
            AwardDecisionRepository decisions, AwardRepository awards, SubmissionRepository submissions,
            NumberPeriods periods, UnitService units, AuditService audit, Clock clock) {
        this.awards = awards;
        this.numberings = numberings;
        this.terms = terms;
        this.counters = counters;
        this.decisions = decisions;
        this.submissions = submissions;
        this.periods = periods;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A numbering as the settings screen shows it, with the number the next document would get today. */
    public record NumberingRecord(Long id, long version, Long issuerUnitId, String issuer, DocumentKind kind,
            String pattern, boolean byTerm, String currentPeriod, int lastNumber, String nextNumber) {
    }

    public record NumberingForm(Long id, long version, Long issuerUnitId, DocumentKind kind, String pattern) {
    }

    public record TermRecord(Long id, long version, Long issuerUnitId, String name, LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** A number given: as printed, its parts, and the period it was given in. */
    public record Reserved(DocumentNumber number, String period) {
    }

    @Access.Authenticated
    public List<NumberingRecord> numberings(Long issuerUnitId) {
        LocalDate today = LocalDate.now(clock);
        return numberings.findByIssuerUnitIdOrderByKind(Checks.required(issuerUnitId, "issuer")).stream()
                .map(n -> record(n, today)).toList();
    }

    /** The issuers that number documents here (for the settings screen's choice). */
    @Access.Authenticated
    public List<Long> issuers() {
        return numberings.findAllByOrderByIssuerUnitIdAscKindAsc().stream().map(Numbering::getIssuerUnitId)
                .distinct().toList();
    }

    @Access.Authenticated
    public Optional<NumberingRecord> find(Long issuerUnitId, DocumentKind kind) {
        return numberings.findByIssuerUnitIdAndKind(issuerUnitId, kind)
                .map(n -> record(n, LocalDate.now(clock)));
    }

    /**
     * The number a document of this kind dated {@code date} would get now (nothing is reserved);
     * empty when the issuer numbers no such documents or no term covers the date. It does not
     * throw for those: a refusal thrown through this transactional method would mark the caller's
     * read-only transaction for rollback.
     */
    @Access.Authenticated
    public Optional<String> nextNumber(Long issuerUnitId, DocumentKind kind, LocalDate date) {
        return numberings.findByIssuerUnitIdAndKind(issuerUnitId, kind).flatMap(n -> {
            try {
                String period = period(n, date);
                return Optional.of(nextFree(n, period, lastUsed(n, period), date).printed());
            } catch (BusinessException noTerm) {
                return Optional.empty();
            }
        });
    }

    private int lastUsed(Numbering n, String period) {
        return counters.findByNumberingIdOrderByPeriodKeyDesc(n.getId()).stream()
                .filter(c -> c.getPeriodKey().equals(period)).mapToInt(NumberCounter::getLastNumber).findFirst()
                .orElse(0);
    }

    /** The first number after {@code last} the issuer has not used in the period (by hand, say). */
    private DocumentNumber nextFree(Numbering n, String period, int last, LocalDate date) {
        int next = last;
        DocumentNumber number;
        do {
            next++;
            number = DocumentNumber.parse(render(n.getPattern(), next, date.getYear()));
        } while (taken(n.getIssuerUnitId(), n.getKind(), number, period));
        return number;
    }

    @Access.Secretary
    @Transactional
    public NumberingRecord save(NumberingForm form) {
        Long issuer = Checks.required(form.issuerUnitId(), "issuer");
        DocumentKind kind = Checks.required(form.kind(), "kind");
        String pattern = checkedPattern(form.pattern());
        units.option(issuer);
        Numbering n;
        String before;
        if (form.id() == null) {
            if (numberings.findByIssuerUnitIdAndKind(issuer, kind).isPresent()) {
                throw BusinessException.onField("kind", "error.numbering.exists", AuditText.label(kind),
                        units.option(issuer).fullName());
            }
            n = new Numbering(issuer, kind);
            before = null;
        } else {
            n = Entities.forChange(numberings, form.id(), form.version());
            before = n.getPattern();
        }
        n.setPattern(pattern);
        n = numberings.saveAndFlush(n);
        audit.record(ENTITY, n.getId(), before == null ? "CREATE" : "UPDATE", units.option(issuer).fullName() + ", "
                + AuditText.label(kind) + ": " + (before == null ? pattern : before + " → " + pattern));
        return record(n, LocalDate.now(clock));
    }

    /**
     * Sets the last number given in the period holding {@code date}: an office starting to use the
     * system in the middle of a term continues its paper register.
     */
    @Access.Secretary
    @Transactional
    public NumberingRecord setLastNumber(Long numberingId, long version, LocalDate date, int lastNumber) {
        Numbering n = Entities.forChange(numberings, numberingId, version);
        if (lastNumber < 0 || lastNumber > 999_999) {
            throw BusinessException.onField("lastNumber", "error.numbering.lastNumber");
        }
        String period = period(n, Checks.required(date, "date"));
        NumberCounter c = counter(n, period);
        int before = c.getLastNumber();
        c.setLastNumber(lastNumber);
        counters.saveAndFlush(c);
        audit.record(ENTITY, n.getId(), "SET_LAST_NUMBER", units.option(n.getIssuerUnitId()).fullName() + ", "
                + AuditText.label(n.getKind()) + ", " + periodLabel(n.getIssuerUnitId(), period) + ": " + before
                + " → " + lastNumber);
        return record(numberings.findById(n.getId()).orElseThrow(), date);
    }

    @Access.Authenticated
    public List<TermRecord> terms(Long issuerUnitId) {
        return terms.findByIssuerUnitIdOrderByStartsOnDesc(issuerUnitId).stream().map(NumberingService::record)
                .toList();
    }

    /**
     * Adds or changes a term. Terms of one issuer do not overlap; the recorded decisions take the
     * periods the terms now give them, and a change that would put one number twice in a term is refused.
     */
    @Access.Secretary
    @Transactional
    public TermRecord saveTerm(TermRecord form) {
        Long issuer = Checks.required(form.issuerUnitId(), "issuer");
        String name = Checks.maxLength(Checks.required(VietnameseText.clean(form.name()), "termName"), 100,
                "termName");
        LocalDate from = Checks.required(form.startsOn(), "startsOn");
        LocalDate to = Checks.required(form.endsOn(), "endsOn");
        if (to.isBefore(from)) {
            throw BusinessException.onField("endsOn", "error.numbering.termReversed");
        }
        units.option(issuer);
        for (NumberingTerm other : terms.findByIssuerUnitIdOrderByStartsOnDesc(issuer)) {
            if (!other.getId().equals(form.id()) && !other.getStartsOn().isAfter(to)
                    && !other.getEndsOn().isBefore(from)) {
                throw BusinessException.onField("startsOn", "error.numbering.termOverlap", other.getName(),
                        Formats.date(other.getStartsOn()), Formats.date(other.getEndsOn()));
            }
        }
        NumberingTerm t;
        String before;
        if (form.id() == null) {
            t = new NumberingTerm(issuer);
            before = null;
        } else {
            t = Entities.forChange(terms, form.id(), form.version());
            before = describe(t);
        }
        t.set(name, from, to);
        t = terms.saveAndFlush(t);
        periods.recompute(issuer);
        audit.record(ENTITY, t.getId(), before == null ? "TERM_ADD" : "TERM_UPDATE",
                units.option(issuer).fullName() + ": " + (before == null ? "" : before + " → ") + describe(t));
        return record(t);
    }

    @Access.Secretary
    @Transactional
    public void deleteTerm(Long id, long version) {
        NumberingTerm t = Entities.forChange(terms, id, version);
        terms.delete(t);
        terms.flush();
        periods.recompute(t.getIssuerUnitId());
        audit.record(ENTITY, id, "TERM_DELETE", units.option(t.getIssuerUnitId()).fullName() + ": " + describe(t));
    }

    /**
     * Gives the next number of the issuer's sequence for this kind of document dated {@code date}.
     * Must run inside the transaction that stores the document: the lock is held until it ends.
     * A number the issuer already used in the period (typed in by hand) is passed over.
     */
    Reserved reserve(Long issuerUnitId, DocumentKind kind, LocalDate date) {
        Numbering n = numberings.lockByIssuerUnitIdAndKind(issuerUnitId, kind)
                .orElseThrow(() -> missing(issuerUnitId, kind));
        String period = period(n, date);
        NumberCounter c = counter(n, period);
        DocumentNumber number = nextFree(n, period, c.getLastNumber(), date);
        c.setLastNumber(number.seq());
        counters.saveAndFlush(c);
        return new Reserved(number, period);
    }

    /**
     * The first of {@code count} consecutive số sổ vàng of the issuer's book, which runs on across
     * its decisions. Kept in a counter row read with a lock (a locking read sees the last issue
     * even where the transaction's snapshot is older, as on MariaDB); numbers typed in by hand
     * beyond it are passed over. Call after {@link #reserve} in the same transaction.
     */
    int reserveRegisterNos(Long issuerUnitId, int count) {
        Numbering n = numberings.lockByIssuerUnitIdAndKind(issuerUnitId, DocumentKind.DECISION)
                .orElseThrow(() -> missing(issuerUnitId, DocumentKind.DECISION));
        NumberCounter book = counter(n, BOOK);
        Integer recorded = awards.lastRegisterNo(issuerUnitId);
        int first = Math.max(book.getLastNumber(), recorded == null ? 0 : recorded) + 1;
        book.setLastNumber(first + count - 1);
        counters.saveAndFlush(book);
        return first;
    }

    private boolean taken(Long issuer, DocumentKind kind, DocumentNumber number, String period) {
        if (kind == DocumentKind.DECISION) {
            return decisions.findFirstByIssuerUnitIdAndNumberIdentAndNumberPeriodAndIdNot(issuer, number.identity(),
                    period, -1L).isPresent();
        }
        return submissions.existsByIssuerUnitIdAndNumberIdentAndNumberPeriod(issuer, number.identity(), period);
    }

    /** The counter of a period, locked; created at its first number (the numbering's lock is held). */
    private NumberCounter counter(Numbering n, String period) {
        return counters.lock(n.getId(), period).orElseGet(() -> counters.saveAndFlush(new NumberCounter(n.getId(),
                period)));
    }

    private String period(Numbering n, LocalDate date) {
        DocumentNumber sample = DocumentNumber.parse(render(n.getPattern(), 1, date.getYear()));
        if (!sample.partyStyle()) {
            return NumberPeriods.YEAR + date.getYear();
        }
        return terms.findByIssuerUnitIdOrderByStartsOnDesc(n.getIssuerUnitId()).stream().filter(t -> t.covers(date))
                .findFirst().map(NumberPeriods::termKey)
                .orElseThrow(() -> BusinessException.onField("decisionDate", "error.numbering.noTerm",
                        Formats.date(date), units.option(n.getIssuerUnitId()).fullName()));
    }

    String periodLabel(Long issuer, String period) {
        NumberingTerm t = periods.term(issuer, period);
        return t != null ? t.getName() : "năm " + period.substring(1);
    }

    static String render(String pattern, int number, int year) {
        return pattern.replace(NN, number < 10 ? "0" + number : String.valueOf(number))
                .replace(N, String.valueOf(number)).replace(YYYY, String.valueOf(year));
    }

    /** One {n} (or {nn}, two digits at least), and the result reads as an official number. */
    private static String checkedPattern(String text) {
        String pattern = Checks.maxLength(Checks.required(VietnameseText.clean(text), "pattern"), 50, "pattern")
                .replaceAll("\\s+", "");
        int slots = count(pattern, N) + count(pattern, NN);
        DocumentNumber sample = DocumentNumber.parse(render(pattern, 1, 2026));
        if (slots != 1 || !sample.wellFormed() || !sample.printed().equals(render(pattern, 1, 2026))) {
            throw BusinessException.onField("pattern", "error.numbering.pattern", pattern);
        }
        return pattern;
    }

    private static int count(String text, String token) {
        return text.split(java.util.regex.Pattern.quote(token), -1).length - 1;
    }

    private BusinessException missing(Long issuer, DocumentKind kind) {
        return new BusinessException("error.numbering.missing", AuditText.label(kind), units.option(issuer).fullName());
    }

    private NumberingRecord record(Numbering n, LocalDate today) {
        boolean byTerm = DocumentNumber.parse(render(n.getPattern(), 1, today.getYear())).partyStyle();
        String period = null;
        int last = 0;
        String next = null;
        try {
            period = period(n, today);
            last = lastUsed(n, period);
            next = nextFree(n, period, last, today).printed();
        } catch (BusinessException noTerm) {
            // No term covers today: the screen says so instead of a next number.
        }
        return new NumberingRecord(n.getId(), n.getVersion(), n.getIssuerUnitId(),
                units.option(n.getIssuerUnitId()).fullName(), n.getKind(), n.getPattern(), byTerm,
                period == null ? null : periodLabel(n.getIssuerUnitId(), period), last, next);
    }

    private static TermRecord record(NumberingTerm t) {
        return new TermRecord(t.getId(), t.getVersion(), t.getIssuerUnitId(), t.getName(), t.getStartsOn(),
                t.getEndsOn());
    }

    private static String describe(NumberingTerm t) {
        return t.getName() + " (" + Formats.date(t.getStartsOn()) + "–" + Formats.date(t.getEndsOn()) + ")";
    }
}
