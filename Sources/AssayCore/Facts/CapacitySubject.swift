/// What a capacity is of (cells, cathode material, wafers…), read from the words near it: first
/// after the figure in its sentence, then before it; the more specific term wins where both fit.
enum CapacitySubject {
    /// Key words (lowercase, simplified) and what they name, most specific first.
    private static let subjects: [(String, String)] = [
        ("sodium-ion cathode", "sodium-ion cathode material"), ("钠离子正极", "sodium-ion cathode material"),
        ("钠电正极", "sodium-ion cathode material"), ("hard carbon", "hard carbon anode material"), ("硬碳", "hard carbon anode material"),
        ("lithium hexafluorophosphate", "lithium hexafluorophosphate"), ("六氟磷酸锂", "lithium hexafluorophosphate"),
        ("lithium iron phosphate", "lithium iron phosphate"), ("磷酸铁锂", "lithium iron phosphate"),
        ("lithium carbonate", "lithium carbonate"), ("碳酸锂", "lithium carbonate"), ("lithium hydroxide", "lithium hydroxide"),
        ("氢氧化锂", "lithium hydroxide"), ("lithium sulfide", "lithium sulfide"), ("lithium sulphide", "lithium sulfide"),
        ("硫化锂", "lithium sulfide"), ("spodumene concentrate", "spodumene concentrate"), ("锂精矿", "spodumene concentrate"),
        ("锂辉石精矿", "spodumene concentrate"), ("graphitization", "graphitization"), ("graphitisation", "graphitization"),
        ("石墨化", "graphitization"), ("cathode", "cathode material"), ("正极", "cathode material"), ("anode", "anode material"),
        ("负极", "anode material"), ("separator", "separators"), ("隔膜", "separators"), ("electrolyte", "electrolyte"),
        ("电解液", "electrolyte"), ("silicon carbide", "SiC wafers"), ("sic", "SiC wafers"), ("碳化硅", "SiC wafers"),
        ("packaging", "packaging"), ("封装", "packaging"), ("封测", "packaging"), ("wafer", "wafers"), ("晶圆", "wafers"),
        ("energy-storage cell", "energy-storage cells"), ("energy storage cell", "energy-storage cells"), ("储能电芯", "energy-storage cells"),
        ("储能电池", "energy-storage cells"), ("储能电站", "energy storage station"), ("storage station", "energy storage station"),
        ("storage project", "energy storage station"), ("sodium-ion cell", "sodium-ion cells"), ("sodium-ion batter", "sodium-ion cells"),
        ("钠离子电池", "sodium-ion cells"), ("钠离子电芯", "sodium-ion cells"), ("钠电池", "sodium-ion cells"),
        ("cylindrical", "cylindrical cells"), ("圆柱", "cylindrical cells"), ("lfp cell", "LFP cells"), ("lfp batter", "LFP cells"),
        ("cells", "cells"), ("cell", "cells"), ("batteries", "cells"), ("battery", "cells"), ("电芯", "cells"), ("电池", "cells"),
        ("ore", "ore"), ("矿石", "ore"),
    ]

    static func of(after end: Int, before start: Int, in text: FactText, unit: CapacityFact.Unit) -> String? {
        let sentence = text.sentence(containing: start)
        let after = end..<min(sentence.upperBound, end + 60)
        let before = max(sentence.lowerBound, start - 40)..<start
        for window in [after, before] {
            if let subject = firstSubject(in: window, text) { return subject }
        }
        return unit == .wafersPerMonth ? "wafers" : nil
    }

    private static let subjectWords = WordList(subjects.map(\.0))

    /// The most specific subject named in the window: one pass over it, the earliest listed wins.
    private static func firstSubject(in window: Range<Int>, _ text: FactText) -> String? {
        guard !window.isEmpty else { return nil }
        var best: Int?
        let subjectWords = subjectWords
        for position in window {
            // Words must start a word (asked before the look-up: a word matched here starts with
            // this key); short ones must end one too ("ore" is not in "more" or "orenda").
            if text.keys[position].isASCII, position > 0, FactText.isLetter(text.scalars[position - 1]) { continue }
            guard let index = subjectWords.match(in: text, at: position, limit: window.upperBound, wholeWord: false) else { continue }
            let word = subjectWords.words[index]
            let end = position + word.count
            if word.count <= 4, word[0].isASCII, end < text.count, FactText.isLetter(text.scalars[end]) { continue }
            best = min(best ?? index, index)
        }
        return best.map { subjects[$0].1 }
    }
}
