/// The extraction benchmark's metric: 4-token shingles of word tokens (runs of letters, digits and
/// underscore), counted per distinct shingle, normalized so every page weighs the same.
enum ShingleMetric {
    struct PageScore {
        var precision: Double
        var recall: Double
    }

    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
                || scalar.properties.generalCategory == .nonspacingMark
            {
                current.append(scalar)
            } else if !current.isEmpty {
                out.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    static func shingles(_ text: String) -> [String: Int] {
        let t = tokens(text)
        var counts: [String: Int] = [:]
        guard t.count >= 4 else {
            if !t.isEmpty { counts[t.joined(separator: " "), default: 0] += 1 }
            return counts
        }
        for i in 0...(t.count - 4) { counts[t[i..<(i + 4)].joined(separator: " "), default: 0] += 1 }
        return counts
    }

    static func score(expected: String, got: String) -> PageScore {
        let e = shingles(expected)
        let g = shingles(got)
        var tp = 0.0, fp = 0.0, fn = 0.0
        for key in Set(e.keys).union(g.keys) {
            let ec = Double(e[key] ?? 0), gc = Double(g[key] ?? 0)
            tp += min(ec, gc)
            fp += max(0, gc - ec)
            fn += max(0, ec - gc)
        }
        let total = tp + fp + fn
        if total > 0 {
            tp /= total
            fp /= total
            fn /= total
        }
        let precision = (fp == 0 && fn == 0) ? 1 : (tp + fp == 0 ? 0 : tp / (tp + fp))
        let recall = (fp == 0 && fn == 0) ? 1 : (tp + fn == 0 ? 0 : tp / (tp + fn))
        return PageScore(precision: precision, recall: recall)
    }
}
