import AssayCore
import AssayTestSupport
import Synchronization
import Testing

/// The pipeline asks its budget between stages and gives the input up as `too_slow` once it is
/// spent. A budget spent after a set number of checks stands in for the clock, so these tests do
/// not depend on how fast the machine is.
@Suite struct WorkBudgetTests {
    /// Spent from the `allowed + 1`-th check on; counts the checks made.
    final class CountingBudget: Sendable {
        let checks = Atomic<Int>(0)
        let allowed: Int
        init(allowed: Int) { self.allowed = allowed }
        var budget: WorkBudget {
            WorkBudget(seconds: 30) { [self] in checks.add(1, ordering: .relaxed).newValue > allowed }
        }
    }

    let pipeline = ArticlePipeline()
    let page = """
        <html><head><title>Plant opens</title></head><body><article><h1>Plant opens</h1>
        <p>A cell plant opened on Monday in the north of the country, with four lines and room for two more.</p>
        <p>Its owner said output would reach twenty gigawatt hours a year by the end of the decade.</p>
        </article></body></html>
        """

    func run(_ text: String, name: String, budget: WorkBudget) -> [ExtractionOutcome] {
        pipeline.process(InputDocument(bytes: Array(text.utf8), path: name, receivedAt: "2026-01-01T00:00:00Z"),
            ingestedAt: "2026-01-01T00:00:00Z", budget: budget)
    }

    @Test func aPageWithinItsBudgetIsReadAndItsStagesAreChecked() throws {
        let counting = CountingBudget(allowed: 1000)
        let outcomes = run(page, name: "plant.html", budget: counting.budget)
        #expect(try #require(outcomes.first?.article).title == "Plant opens")
        #expect(counting.checks.load(ordering: .relaxed) >= 4, "the HTML stages each ask the budget")
    }

    @Test(arguments: [0, 1, 2, 3])
    func aPageThatSpendsItsBudgetAtAnyStageIsRefusedTooSlow(allowed: Int) {
        let outcomes = run(page, name: "plant.html", budget: CountingBudget(allowed: allowed).budget)
        #expect(outcomes.count == 1)
        guard case .rejected(let rejection, nil) = outcomes.first else {
            Issue.record("expected a refusal, got \(outcomes)")
            return
        }
        #expect(rejection == .tooSlow(seconds: 30))
        #expect(rejection.code == "too_slow")
        #expect(rejection.message.contains("max_process_seconds"))
    }

    /// A JSON file of many articles is refused whole, not half-recorded, when its budget runs out.
    @Test func aJSONFileThatSpendsItsBudgetHalfwayIsRefusedWhole() {
        let lines = (0..<20).map { index in
            "{\"title\": \"Story \(index)\", \"text\": \"Story \(index) says a plant opened with four lines and more to come next year.\"}"
        }
        let outcomes = run(lines.joined(separator: "\n"), name: "many.jsonl", budget: CountingBudget(allowed: 8).budget)
        #expect(outcomes.count == 1)
        #expect(outcomes.first?.rejection == .tooSlow(seconds: 30))
    }

    @Test func anUnlimitedBudgetIsNeverSpent() {
        #expect(run(page, name: "plant.html", budget: .unlimited).first?.article != nil)
    }
}
