import GRDB

/// The store's schema, as versioned migrations: a new version adds a migration, never edits one.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, LSH bands, input ledger") { db in
            try db.execute(
                sql: """
                    CREATE TABLE articles (
                        id TEXT NOT NULL UNIQUE,
                        content_hash TEXT NOT NULL,
                        title TEXT NOT NULL,
                        primary_industry TEXT,
                        source TEXT,
                        ingested_at TEXT NOT NULL,
                        duplicate_of TEXT,
                        duplicate_kind TEXT NOT NULL CHECK (duplicate_kind IN ('canonical', 'exact', 'near')),
                        similarity REAL,
                        shingle_count INTEGER NOT NULL,
                        salient_count INTEGER NOT NULL,
                        signature BLOB NOT NULL
                    );
                    CREATE INDEX articles_content_hash ON articles (content_hash);
                    CREATE TABLE bands (
                        key INTEGER NOT NULL,
                        article INTEGER NOT NULL,
                        PRIMARY KEY (key, article)
                    ) WITHOUT ROWID;
                    -- The daemon's ledger: one row per input, so each is processed exactly once across crashes.
                    CREATE TABLE inputs (
                        input TEXT NOT NULL PRIMARY KEY,
                        content_sha256 TEXT,
                        state TEXT NOT NULL,
                        article_ids TEXT,
                        reason TEXT,
                        updated_at TEXT NOT NULL
                    );
                    """)
        }
        return migrator
    }
}
