package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.database.BackupService;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A backup of the embedded database for {@code ./parley backup} (administrators; docs/0013-backups.md). */
@RestController
@RequestMapping(path = "/api/v1/database")
@Tag(name = "Database")
class DatabaseController {

    private final BackupService backups;

    DatabaseController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping(
            path = "/backup",
            produces = {"application/zip", "application/problem+json"})
    @Operation(
            summary = "A consistent backup of the running embedded database as a zip (administrators, "
                    + "read-write token); 409 on PostgreSQL, which is backed up with pg_dump")
    void backup(HttpServletResponse response) {
        // the answer starts only once the backup exists: a refusal before that is still a problem answer
        backups.backUp(backup -> {
            response.setContentType("application/zip");
            response.setContentLengthLong(backup.bytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + backup.fileName() + "\"");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return response.getOutputStream();
        });
    }
}
