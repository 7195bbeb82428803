import AssayStore
import Logging

/// This daemon's claims on the files of an inbox it shares with other daemons (`shared_inbox`): a
/// file is offered to the queue only once claimed, its claim is renewed while it waits or is in
/// flight, checked again just before its batch is decided, and ended with its outcome. A store that
/// cannot be reached claims nothing: the files stay in the inbox for the next listing.
public struct InboxClaims: Sendable {
    let store: any InputClaims
    /// Who claims: the host and the config file, so a daemon restarted after a crash takes its own files back at once.
    let claimant: String
    /// Seconds a claim lasts unless renewed; a daemon that dies loses its files after this.
    let lease: Double
    let logger: Logger

    public init(store: any InputClaims, claimant: String, lease: Double, logger: Logger) {
        self.store = store
        self.claimant = claimant
        self.lease = lease
        self.logger = logger
    }

    /// Up to `limit` files won (those this daemon holds already among them), in the order listed.
    func claim(_ files: [InputLister.Found], limit: Int) -> [InputLister.Found] {
        guard !files.isEmpty else { return [] }
        do {
            let won = try store.claim(files.map(Self.claimed), by: claimant, lease: lease, limit: limit)
            return files.filter { won.contains($0.path.description) }
        } catch {
            logger.warning("could not claim inbox files; they are listed again later", metadata: ["error": .string("\(error)")])
            return []
        }
    }

    /// The paths this daemon still holds, their leases extended. On a store error none is held, so
    /// nothing is decided without its claim.
    func hold(_ paths: [InputPath]) -> Set<InputPath> {
        guard !paths.isEmpty else { return [] }
        do {
            let held = try store.renew(paths.map(\.description), by: claimant, lease: lease)
            return Set(paths.filter { held.contains($0.description) })
        } catch {
            logger.warning("could not renew claims on inbox files", metadata: ["error": .string("\(error)")])
            return []
        }
    }

    /// Ends the claims of inputs whose outcome is settled: done ones (moved out) stay as tombstones.
    func settle(done: [InputPath], released: [InputPath]) {
        do {
            try store.finish(done.map(\.description), by: claimant)
            try store.release(released.map(\.description), by: claimant)
        } catch {
            // An unfinished claim lapses after the lease; a done file is no longer listed anyway.
            logger.warning("could not end claims on inbox files; they lapse after the lease", metadata: ["error": .string("\(error)")])
        }
    }

    static func claimed(_ found: InputLister.Found) -> ClaimedFile {
        let identity = found.identity
        return ClaimedFile(
            path: found.path.description,
            identity: "\(identity.inode):\(identity.size):\(identity.modified).\(identity.modifiedNanoseconds)")
    }
}
