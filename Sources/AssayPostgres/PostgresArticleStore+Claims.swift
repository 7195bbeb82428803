import AssayStore
import PostgresNIO

/// Claims are single statements: of daemons racing for one file, PostgreSQL lets exactly one
/// insert or update its row (the others' conditional update matches nothing).
extension PostgresArticleStore: InputClaims {
    public func claim(_ files: [ClaimedFile], by claimant: String, lease: Double, limit: Int) throws -> Set<String> {
        guard !files.isEmpty, limit > 0 else { return [] }
        return try transaction { tx in
            // The files another daemon holds, or that were finished as they are: passed over.
            let taken = Set(
                try tx.run(
                    """
                    SELECT c.path FROM input_claims c
                    JOIN unnest(\(files.map(\.path))::text[], \(files.map(\.identity))::text[]) AS listed (path, identity)
                        ON c.path = listed.path
                    WHERE (c.done AND c.identity = listed.identity)
                        OR (NOT c.done AND c.claimant <> \(claimant) AND c.claimed_until >= now())
                    """
                ).map { try $0.decode(String.self) })
            let wanted = files.filter { !taken.contains($0.path) }.prefix(limit)
            guard !wanted.isEmpty else { return [] }
            let paths = wanted.map(\.path)
            let identities = wanted.map(\.identity)
            // Another daemon may claim some of them meanwhile: its row wins, this update skips it.
            let rows = try tx.run(
                """
                INSERT INTO input_claims (path, identity, claimant, claimed_until)
                SELECT path, identity, \(claimant), now() + make_interval(secs => \(lease))
                FROM unnest(\(paths)::text[], \(identities)::text[]) AS listed (path, identity)
                ON CONFLICT (path) DO UPDATE SET identity = excluded.identity, claimant = excluded.claimant,
                    claimed_until = excluded.claimed_until, done = false
                WHERE (input_claims.done AND input_claims.identity <> excluded.identity)
                    OR (NOT input_claims.done AND (input_claims.claimant = excluded.claimant OR input_claims.claimed_until < now()))
                RETURNING path
                """)
            return Set(try rows.map { try $0.decode(String.self) })
        }
    }

    public func renew(_ paths: [String], by claimant: String, lease: Double) throws -> Set<String> {
        guard !paths.isEmpty else { return [] }
        return try transaction { tx in
            let rows = try tx.run(
                """
                UPDATE input_claims SET claimed_until = now() + make_interval(secs => \(lease))
                WHERE claimant = \(claimant) AND NOT done AND path = ANY(\(paths)::text[])
                RETURNING path
                """)
            return Set(try rows.map { try $0.decode(String.self) })
        }
    }

    public func release(_ paths: [String], by claimant: String) throws {
        guard !paths.isEmpty else { return }
        try transaction { tx in
            try tx.run("DELETE FROM input_claims WHERE claimant = \(claimant) AND NOT done AND path = ANY(\(paths)::text[])")
        }
    }

    public func finish(_ paths: [String], by claimant: String) throws {
        guard !paths.isEmpty else { return }
        try transaction { tx in
            try tx.run(
                "UPDATE input_claims SET done = true, claimed_until = now() WHERE claimant = \(claimant) AND path = ANY(\(paths)::text[])")
            try tx.run("DELETE FROM input_claims WHERE done AND claimed_until < now() - interval '1 day'")
        }
    }
}
