/// A run of code points as a set or dictionary key. Hashed as one block of bytes: an array of
/// code points hashes each through its own `Hasher.combine` call, four times the cost of the
/// bytes, and names are hashed once per occurrence. Still the seeded hasher, so a page of crafted
/// names cannot make its buckets collide.
struct ScalarRun: Hashable, Sendable {
    let scalars: ArraySlice<Unicode.Scalar>

    init(_ scalars: ArraySlice<Unicode.Scalar>) { self.scalars = scalars }
    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars[...] }

    static func == (left: ScalarRun, right: ScalarRun) -> Bool { left.scalars.elementsEqual(right.scalars) }

    func hash(into hasher: inout Hasher) {
        scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
