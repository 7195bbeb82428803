/// Who processes each file of an inbox that several daemons share (a network folder they all poll):
/// a claim row per file with a lease, so each file is taken by one daemon at a time, and a daemon
/// that dies loses its files when its lease ends. Time is the store server's, so hosts' clocks do
/// not matter.
public protocol InputClaims: Sendable {
    /// Claims up to `limit` of the files, in their order, for `claimant` for `lease` seconds; returns
    /// the paths won. A file can be won when no daemon holds it, its holder's lease has ended, or
    /// `claimant` holds it already; never when it was finished as the same file (same identity), which
    /// another daemon's stale listing may still name. Files others hold are passed over, so daemons
    /// listing the same folder in the same order split it instead of queueing behind each other.
    func claim(_ files: [ClaimedFile], by claimant: String, lease: Double, limit: Int) throws -> Set<String>
    /// Extends `claimant`'s claims on these paths by `lease` seconds; returns those it still holds.
    func renew(_ paths: [String], by claimant: String, lease: Double) throws -> Set<String>
    /// Gives the files up unfinished (failed, gone, or refused for room): any daemon may take them.
    func release(_ paths: [String], by claimant: String) throws
    /// The files are done (moved out of the inbox): their rows stay a day as tombstones, then go.
    func finish(_ paths: [String], by claimant: String) throws
}

/// A file of a shared inbox as a daemon listed it.
public struct ClaimedFile: Sendable, Hashable {
    /// The file's path as every daemon names it (the shared folder is mounted at the same place).
    public var path: String
    /// Inode, size and modification time: another file put later under the same name differs.
    public var identity: String

    public init(path: String, identity: String) {
        self.path = path
        self.identity = identity
    }
}
