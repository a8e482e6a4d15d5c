package vn.tdkt.nomination.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Entities;
import vn.tdkt.nomination.domain.AwardRound;
import vn.tdkt.nomination.domain.AwardRoundRepository;
import vn.tdkt.nomination.domain.Nomination;
import vn.tdkt.nomination.domain.NominationRepository;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.Objection;
import vn.tdkt.nomination.domain.ObjectionRepository;
import vn.tdkt.nomination.domain.RoundStatus;

/**
 * Công khai danh sách: while a round's list is published, any member of staff may send a comment
 * or objection about a candidate or the list; the secretary answers each, and the round goes to
 * the council only when none is left open.
 */
@Service
@Transactional(readOnly = true)
public class PublicationService implements RoundContents {

    static final String ENTITY = "Objection";

    private final ObjectionRepository objections;
    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;
    private final AuditService audit;
    private final Clock clock;

    public PublicationService(ObjectionRepository objections, AwardRoundRepository rounds,
            NominationRepository nominations, AuditService audit, Clock clock) {
        this.objections = objections;
        this.rounds = rounds;
        this.nominations = nominations;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code about} is the candidate's name and award, null for the list as a whole. */
    public record ObjectionRecord(Long id, long version, Long roundId, Long nominationId, String about, String body,
            String author, Instant sentAt, String resolution, String resolvedBy, Instant resolvedAt) {

        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    @Override
    @Access.Unsecured("called by AwardRoundService inside its secured delete")
    public long countIn(Long roundId) {
        return objections.findByRoundIdOrderByCreatedAtAsc(roundId).size();
    }

    @Override
    @Access.Unsecured("called by AwardRoundService inside its secured step")
    public void checkStep(Long roundId, RoundStatus to) {
        long open = objections.countByRoundIdAndResolvedAtIsNull(roundId);
        if (to == RoundStatus.AT_COUNCIL && open > 0) {
            throw new BusinessException("error.round.objectionsOpen", open);
        }
    }

    /** Sends a comment or objection while the list is public and its period runs. */
    @Access.Authenticated
    @Transactional
    public ObjectionRecord send(Long roundId, Long nominationId, String body) {
        AwardRound round = rounds.findById(Checks.required(roundId, "round"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        LocalDate today = LocalDate.now(clock);
        if (round.getStatus() != RoundStatus.PUBLISHED || today.isBefore(round.getPublicationFrom())
                || today.isAfter(round.getPublicationTo())) {
            throw new BusinessException("error.objection.notOpen", round.getName());
        }
        String text = Checks.maxLength(Checks.required(VietnameseText.clean(body), "body"), 2000, "body");
        if (nominationId != null) {
            Nomination n = nominations.findById(nominationId).filter(x -> x.getRoundId().equals(roundId)
                    && x.getStatus() == NominationStatus.ACCEPTED)
                    .orElseThrow(() -> BusinessException.onField("nomination", "error.objection.notCandidate"));
            nominationId = n.getId();
        }
        Objection o = objections.saveAndFlush(new Objection(roundId, nominationId, text));
        audit.record(ENTITY, o.getId(), "CREATE", round.getName() + ": " + text);
        return toRecord(o, names(List.of(o)));
    }

    /** The secretary sees every objection of a round; others their own. */
    @Access.Authenticated
    public List<ObjectionRecord> list(Long roundId) {
        List<Objection> all = objections.findByRoundIdOrderByCreatedAtAsc(roundId);
        if (!CurrentUser.organiser()) {
            String me = CurrentUser.username().orElse("");
            all = all.stream().filter(o -> me.equals(o.getCreatedBy())).toList();
        }
        Map<Long, String> names = names(all);
        return all.stream().map(o -> toRecord(o, names)).toList();
    }

    @Access.Secretary
    @Transactional
    public ObjectionRecord resolve(Long id, long version, String resolution) {
        Objection o = Entities.forChange(objections, id, version);
        String text = Checks.maxLength(VietnameseText.clean(resolution), 2000, "resolution");
        if (text == null || text.isBlank()) {
            throw BusinessException.onField("resolution", "error.objection.resolutionRequired");
        }
        AwardRound round = rounds.findById(o.getRoundId()).orElseThrow();
        if (round.getStatus() != RoundStatus.PUBLISHED) {
            throw new BusinessException("error.objection.roundMoved", round.getName());
        }
        o.resolve(text, CurrentUser.username().orElse("?"), clock.instant());
        objections.saveAndFlush(o);
        audit.record(ENTITY, id, "RESOLVE", text);
        return toRecord(o, names(List.of(o)));
    }

    private Map<Long, String> names(List<Objection> list) {
        List<Long> ids = list.stream().map(Objection::getNominationId).filter(x -> x != null).toList();
        return nominations.findAllById(ids).stream().collect(Collectors.toMap(Nomination::getId,
                Nomination::getRecipientName));
    }

    private static ObjectionRecord toRecord(Objection o, Map<Long, String> names) {
        return new ObjectionRecord(o.getId(), o.getVersion(), o.getRoundId(), o.getNominationId(),
                o.getNominationId() == null ? null : names.get(o.getNominationId()), o.getBody(), o.getCreatedBy(),
                o.getCreatedAt(), o.getResolution(), o.getResolvedBy(), o.getResolvedAt());
    }

}
