import Foundation
import SpecGenRuntime
@testable import SpecGenTesting
import Testing

/// Real examples carry members the contract does not declare (the service grew first): those are
/// notes; every member the contract declares is still compared exactly.
@Suite struct UndeclaredMemberTests {
    private func putWidget(_ example: ExampleRun) throws {
        try example.verify(request: putWidgetRequest(name: example.parameter("name"), body: example.optionalParameter("widget")),
                           responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
    }

    @Test func undeclaredResponseMembersAreNotesAndTheRestIsCompared() {
        let json = #"""
        {"parameters": {"name": "w"},
         "responses": {"200": {"body": {
            "name": "w", "color": "blue",
            "parts": [{"id": "p1"}, {"id": "p2", "weight": 3}],
            "labels": {"any": "kept"},
            "settings": {"free": {"form": [1, 2]}}}}}}
        """#
        let report = check(widgetCase(json) { try putWidget($0) })
        #expect(report.failures == [])
        #expect(report.responseBodies == 1)
        #expect(report.notes == [
            "note: Widgets_Put (inline example 'Put a widget'): responses.200.body.color is not declared by the contract; not compared",
            "note: Widgets_Put (inline example 'Put a widget'): responses.200.body.parts[1].weight is not declared by the contract; not compared",
        ])
    }

    @Test func aDeclaredMemberOfTheWrongTypeStillFails() {
        let json = #"{"parameters": {"name": "w"}, "responses": {"200": {"body": {"name": "w", "size": "big", "color": "blue"}}}}"#
        let report = check(widgetCase(json) { try putWidget($0) })
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.contains("response 200 body does not match the contract at size") == true)
    }

    @Test func aDeclaredMemberTheModelDropsFailsInsteadOfPassingAsDrift() {
        let json = #"{"parameters": {"name": "w"}, "responses": {"200": {"body": {"name": "w", "size": 3, "color": "blue"}}}}"#
        let report = check(widgetCase(json) { example in
            try example.verify(request: putWidgetRequest(name: "w"), responses: GetLossyWidgetResponse.self) { response in
                switch response {
                case .ok(let body): return body
                }
            }
        })
        #expect(report.failures == ["Widgets_Put (inline example 'Put a widget'): response 200 does not round-trip: responses.200.body.size: null, expected 3"])
        #expect(report.notes == ["note: Widgets_Put (inline example 'Put a widget'): responses.200.body.color is not declared by the contract; not compared"])
    }

    @Test func undeclaredRequestBodyMembersAreNotes() {
        let json = #"{"parameters": {"name": "w", "widget": {"name": "w", "parts": [{"id": "p", "shape": "round"}]}}, "responses": {}}"#
        let report = check(widgetCase(json, bodyParameter: "widget") { try putWidget($0) })
        #expect(report.failures == [])
        #expect(report.requests == 1)
        #expect(report.notes == ["note: Widgets_Put (inline example 'Put a widget'): widget.parts[0].shape is not declared by the contract; not compared"])
    }

    @Test func aRequestBodyThatDiffersInADeclaredMemberFails() {
        // The builder sends another name than the example's.
        let json = #"{"parameters": {"name": "w", "widget": {"name": "w", "shape": "round"}}, "responses": {}}"#
        let report = check(widgetCase(json, bodyParameter: "widget") { example in
            let _: Widget? = try example.optionalParameter("widget")
            try example.verify(request: putWidgetRequest(name: "w", body: Widget(name: "v")),
                               responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
        })
        #expect(report.failures == [#"Widgets_Put (inline example 'Put a widget'): request body: widget.name: "v", expected "w""#])
    }
}
