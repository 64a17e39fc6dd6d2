import Foundation
import SpecGenRuntime
@testable import SpecGenTesting
import Testing

/// An operation that documents no status code, only `default`: its success answers are decoded
/// with the `default` schema; error answers are meant to throw, as for any operation.
@Suite struct DefaultOnlyResponseTests {
    private let label = "Widgets_Put (inline example 'Put a widget')"

    @Test func aSuccessIsDecodedWithTheDefaultSchema() {
        let json = #"""
        {"parameters": {"name": "w"},
         "responses": {"200": {"body": {"name": "w", "size": 3}},
                       "500": {"body": {"error": {"code": "Boom", "message": "not a widget"}}}}}
        """#
        let report = check(widgetCase(json) { example in
            try example.verify(request: putWidgetRequest(name: "w"), defaultResponse: Widget.self)
        })
        #expect(report.failures == [])
        #expect(report.responseBodies == 1)
    }

    @Test func aSuccessThatDoesNotMatchTheDefaultSchemaFails() {
        let json = #"{"parameters": {"name": "w"}, "responses": {"200": {"body": {"size": "three"}}}}"#
        let report = check(widgetCase(json) { example in
            try example.verify(request: putWidgetRequest(name: "w"), defaultResponse: Widget.self)
        })
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.hasPrefix("\(label): response 200 body does not match the contract at size") == true)
    }

    @Test func aDefaultWithoutSchemaRejectsABodyAndAcceptsNone() {
        let withBody = #"{"parameters": {"name": "w"}, "responses": {"200": {"body": {"name": "w"}}}}"#
        let withoutBody = #"{"parameters": {"name": "w"}, "responses": {"204": {}}}"#
        let verify: @Sendable (ExampleRun) throws -> Void = { example in
            try example.verify(request: putWidgetRequest(name: "w"), defaultResponse: nil)
        }
        #expect(check(widgetCase(withBody, run: verify)).failures == ["\(label): response 200 has a body in the example but none in the contract"])
        #expect(check(widgetCase(withoutBody, run: verify)).failures == [])
    }

    @Test func anUndocumentedSuccessOfAnOperationWithStatusCodesStillFails() {
        // PutWidgetResponse documents 200 and 204; a 201 is not the `default` schema's to decode.
        let json = #"{"parameters": {"name": "w"}, "responses": {"201": {"body": {"name": "w"}}}}"#
        let report = check(widgetCase(json) { example in
            try example.verify(request: putWidgetRequest(name: "w"), responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
        })
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.hasPrefix("\(label): service error 201") == true)
    }
}
