import AssayCore
import Foundation

/// The signature as a BLOB: the shingle MinHash then the salient MinHash, little-endian UInt32s.
enum StoredSignatureCoding {
    static func encode(_ signature: NearDuplicateSignature) -> Data {
        var data = Data(capacity: (signature.shingles.count + signature.salient.count) * 4)
        for value in signature.shingles + signature.salient {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static func decode(_ data: Data?, shingleCount: Int, salientCount: Int) -> NearDuplicateSignature? {
        let total = NearDuplicateSignature.shingleHashes + NearDuplicateSignature.salientHashes
        guard let data, data.count == total * 4 else { return nil }
        var values = [UInt32](repeating: 0, count: total)
        data.withUnsafeBytes { raw in
            for index in 0..<total { values[index] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)) }
        }
        return NearDuplicateSignature(
            shingles: Array(values[..<NearDuplicateSignature.shingleHashes]), shingleCount: shingleCount,
            salient: Array(values[NearDuplicateSignature.shingleHashes...]), salientCount: salientCount)
    }
}
