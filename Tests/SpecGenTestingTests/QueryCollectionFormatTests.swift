import Foundation
import SpecGenRuntime
@testable import SpecGenTesting
import Testing

/// An array query parameter is checked against its own `collectionFormat`: the items joined by the
/// parameter's separator, or the parameter repeated (`multi`); never split on any separator.
@Suite struct QueryCollectionFormatTests {
    // Items that hold the other formats' separators: splitting on every separator breaks them up.
    private static let example = #"{"parameters": {"name": "w", "ids": ["a,b", "c d|e"]}, "responses": {}}"#

    @Test(arguments: [",", " ", "\t", "|"])
    func joinedItemsMatchWithTheParametersOwnSeparator(separator: String) {
        let report = check(widgetCase(Self.example, query: [.array("ids", separator: separator)]) { example in
            let ids: [String] = try example.parameter("ids")
            try example.verify(request: putWidgetRequest(name: example.parameter("name"), arrays: [ArrayQuery(name: "ids", items: ids, separator: separator)]),
                               responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
        })
        #expect(report.failures == [])
        #expect(report.requests == 1)
    }

    @Test func itemsJoinedWithAnotherSeparatorFail() {
        // The contract says pipes; the builder joined with commas.
        let report = check(widgetCase(Self.example, query: [.array("ids", separator: "|")]) { example in
            try example.verify(request: putWidgetRequest(name: "w", arrays: [ArrayQuery(name: "ids", items: ["a,b", "c d|e"], separator: ",")]),
                               responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
        })
        #expect(report.failures == [#"Widgets_Put (inline example 'Put a widget'): query ids sent as ["a,b,c d|e"], expected ["a,b|c d|e"]"#])
    }

    @Test func multiMatchesTheParameterRepeatedPerItem() {
        let report = check(widgetCase(Self.example, query: [.array("ids", separator: nil)]) { example in
            try example.verify(request: putWidgetRequest(name: "w", arrays: [ArrayQuery(name: "ids", items: ["a,b", "c d|e"], separator: nil)]),
                               responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
        })
        #expect(report.failures == [])
    }

    @Test func multiFailsWhenTheItemsAreJoined() {
        let report = check(widgetCase(Self.example, query: [.array("ids", separator: nil)]) { example in
            try example.verify(request: putWidgetRequest(name: "w", arrays: [ArrayQuery(name: "ids", items: ["a,b", "c d|e"], separator: ",")]),
                               responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
        })
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.contains(#"query ids sent as ["a,b,c d|e"], expected ["a,b", "c d|e"]"#) == true)
    }

    @Test func aScalarQueryValueIsComparedAsText() {
        let example = #"{"parameters": {"name": "w", "level": 2}, "responses": {}}"#
        let sent = check(widgetCase(example, query: [.scalar("level")]) { example in
            var builder = RequestBuilder(method: .put, endpoint: URL(string: "https://widgets.example.com")!)
            builder.appendPath("/widgets/w")
            builder.addQuery("level", 3)
            try example.verify(request: builder.build(), responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
        })
        #expect(sent.failures.first?.hasSuffix("query level=3, expected 2") == true)
    }
}
