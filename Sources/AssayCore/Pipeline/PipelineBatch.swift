extension ArticlePipeline {
    /// Inputs at most a worker takes together: enough that each stage's code stays warm through a
    /// batch, few enough that a batch is a few tens of milliseconds of ordinary articles.
    public static let batchLimit = 32

    /// Several inputs, stage by stage: every input is read, then classified, then searched for
    /// facts, so that each stage runs back to back on warm caches instead of after the others have
    /// evicted its code and tables (on the dev corpus facts cost about a third less that way). The
    /// outcomes are each input's, in order, exactly as `process` gives them for it alone.
    ///
    /// `budget(i)` is asked as input `i` enters each stage; the caller owns the clock and makes
    /// each budget cover what is left of that input's allowance.
    public func process(_ inputs: [InputDocument], ingestedAt: String, budget: (_ input: Int) -> WorkBudget) -> [[ExtractionOutcome]] {
        let read = inputs.indices.map { index in self.read(inputs[index], ingestedAt: ingestedAt, budget: budget(index)) }
        let classified = read.indices.map { index in classify(read[index], budget: budget(index)) }
        return classified.indices.map { index in findFacts(classified[index], budget: budget(index)) }
    }
}
