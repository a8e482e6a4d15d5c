package vn.tdkt.reporting.service;

import org.springframework.stereotype.Service;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;

/**
 * Records every generated document handed to a user (decisions, certificates, minutes, tờ
 * trình): the security audit shows who took which file, when and from where, like exports.
 */
@Service
public class DownloadAudit {

    private final AuditService audit;

    DownloadAudit(AuditService audit) {
        this.audit = audit;
    }

    @Access.Authenticated
    public GeneratedFile handOut(GeneratedFile file) {
        audit.recordAccess("Download", null, "DOWNLOAD", file.name() + " (" + file.content().length + " B)");
        return file;
    }
}
