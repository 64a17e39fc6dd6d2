import Foundation
import SpecGenRuntime
@testable import SpecGenTesting
import Testing

/// An example may write a value in another form than the client's canonical one (`PT60M` for
/// `PT1H`, `.000Z` for `Z`): the harness compares what a service reads, in bodies, queries and paths.
@Suite struct WireTextEquivalenceTests {
    @Test func sameValuesInOtherForms() {
        #expect(WireTextEquivalence.same(expected: "PT60M", actual: "PT1H"))
        #expect(WireTextEquivalence.same(expected: "P5DT1H0M0S", actual: "P5DT1H"))
        #expect(WireTextEquivalence.same(expected: "2025-06-01T18:30:22.000Z", actual: "2025-06-01T18:30:22Z"))
        #expect(!WireTextEquivalence.same(expected: "P1D", actual: "PT24H"), "a day is a calendar amount, not 24 hours")
        #expect(!WireTextEquivalence.same(expected: "PT1H", actual: "PT1H1S"))
        #expect(!WireTextEquivalence.same(expected: "2025-06-01", actual: "2025-06-02"))
        #expect(WireTextEquivalence.samePath(expected: "/plans/PT60M/x%20y", actual: "/plans/PT1H/x%20y"))
        #expect(!WireTextEquivalence.samePath(expected: "/plans/PT60M", actual: "/plans/PT2H"))
        #expect(!WireTextEquivalence.samePath(expected: "/plans/a/b", actual: "/plans/a"))
    }

    @Test func bodiesCompareDurationsByAmount() {
        let expected = JSONValue.object(["ttl": .string("PT90M")])
        #expect(JSONComparison.difference(expected: expected, actual: .object(["ttl": .string("PT1H30M")]), path: "body") == nil)
        #expect(JSONComparison.difference(expected: expected, actual: .object(["ttl": .string("PT1H")]), path: "body") == #"body.ttl: "PT1H", expected "PT90M""#)
    }

    /// The example writes `PT60M`; the client sends its `ISO8601Duration` as `PT1H`, in the query and in the path.
    @Test func queryAndPathValuesCompareByAmount() {
        let example = #"{"parameters": {"name": "PT60M", "every": "PT60M"}, "responses": {}}"#
        let report = check(widgetCase(example, query: [.scalar("every")]) { example in
            let every: ISO8601Duration = try example.parameter("every")
            let name: ISO8601Duration = try example.parameter("name")
            var builder = RequestBuilder(method: .put, endpoint: RequestEndpoint(URL(string: "https://widgets.example.com")!))
            builder.appendPath("/widgets/")
            builder.appendPathParameter(name)
            builder.addQuery("every", every)
            try example.verify(request: builder.build(), responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
        })
        #expect(report.failures == [])
        #expect(report.requests == 1)
    }
}
