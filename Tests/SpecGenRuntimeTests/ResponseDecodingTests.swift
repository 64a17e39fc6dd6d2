import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenRuntime
import Testing

/// Typed responses of the generated module: bodies, headers, extensible enums and errors.
@Suite struct ResponseDecodingTests {
    typealias Start = BackupsLongTermRetention.Start

    func response(_ status: Int, _ headers: [String: String] = [:]) -> HTTPResponse {
        var fields = HTTPFields()
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        return HTTPResponse(status: .init(code: status), headerFields: fields)
    }

    @Test func okDecodesTheBodyWithFractionalSecondsInt64AndFlattenedAccess() throws {
        let json = #"{"properties":{"backupMetadata":"meta","dataTransferredInBytes":9007199254740993,"datasourceSizeInBytes":23,"startTime":"2025-06-01T18:30:22.123Z","endTime":"2025-06-01T18:35:22Z","percentComplete":100,"status":"Running"}}"#
        let decoded = try Start.Response(response: response(200, ["x-ms-request-id": "req-1"]), body: Data(json.utf8))
        guard case .ok(let result, let headers) = decoded else { Issue.record("expected .ok, got \(decoded)"); return }
        #expect(headers.requestId == "req-1")
        #expect(result.properties?.status == .running)
        #expect(result.status == .running)
        #expect(result.percentComplete == 100)
        #expect(result.dataTransferredInBytes == 9_007_199_254_740_993)
        #expect(abs((result.startTime?.timeIntervalSince1970 ?? 0) - 1_748_802_622.123) < 0.000_001)
        let reencoded = try JSONValue.parse(JSONCoding.encode(result))
        #expect(reencoded["properties"]?["startTime"] == .string("2025-06-01T18:30:22.123Z"))
        #expect(reencoded["properties"]?["dataTransferredInBytes"] == .integer(9_007_199_254_740_993))
    }

    @Test func acceptedCarriesTypedLongRunningOperationHeaders() throws {
        let decoded = try Start.Response(response: response(202, [
            "Azure-AsyncOperation": "https://management.azure.com/op/1?api-version=2025-06-01-preview",
            "Location": "https://management.azure.com/result/1",
            "Retry-After": "10",
        ]), body: Data())
        guard case .accepted(let headers) = decoded else { Issue.record("expected .accepted, got \(decoded)"); return }
        #expect(headers.azureAsyncOperation?.absoluteString == "https://management.azure.com/op/1?api-version=2025-06-01-preview")
        #expect(headers.location?.path == "/result/1")
        #expect(headers.retryAfter == 10)
    }

    @Test func extensibleEnumKeepsUnknownValues() throws {
        let json = #"{"properties":{"status":"Paused","startTime":"2025-06-01T18:30:22Z"}}"#
        let result = try JSONCoding.decode(BackupsLongTermRetentionOperation.self, from: Data(json.utf8))
        #expect(result.status?.rawValue == "Paused")
        let reencoded = try JSONValue.parse(JSONCoding.encode(result))
        #expect(reencoded["properties"]?["status"] == .string("Paused"))
    }

    @Test func sealedEnumRefusesUnknownValues() throws {
        #expect(throws: DecodingError.self) { try JSONCoding.decode(CapabilityStatus.self, from: Data(#""Sideways""#.utf8)) }
        #expect(try JSONCoding.decode(CapabilityStatus.self, from: Data(#""Default""#.utf8)) == .default)
    }

    @Test func missingRequiredPropertyIsADecodingErrorNamingIt() throws {
        let json = #"{"properties":{"startTime":"2025-06-01T18:30:22Z"}}"#
        let error = try #require(throws: ResponseDecodingError.self) {
            try Start.Response(response: self.response(200, ["x-ms-request-id": "req-2"]), body: Data(json.utf8))
        }
        #expect(error.codingPath == "properties.status")
        #expect(error.requestID == "req-2")
        #expect(error.status == 200)
    }

    @Test func defaultResponseThrowsServiceErrorWithEveryField() throws {
        let json = #"{"error":{"code":"ServerNotFound","message":"No server.","target":"serverName","details":[{"code":"Inner","message":"inner"}],"additionalInfo":[{"type":"PolicyViolation","info":{"a":1}}]}}"#
        let error = try #require(throws: ServiceError.self) {
            try Start.Response(response: self.response(404, ["x-ms-error-code": "ResourceNotFound", "x-ms-request-id": "req-3"]), body: Data(json.utf8))
        }
        #expect(error.status == 404)
        #expect(error.code == "ResourceNotFound")
        #expect(error.message == "No server.")
        #expect(error.target == "serverName")
        #expect(error.details.first?.code == "Inner")
        #expect(error.additionalInfo.first?["type"] == .string("PolicyViolation"))
        #expect(error.requestID == "req-3")
        let typed = try error.decodeBody(as: ErrorResponse.self)
        #expect(typed.error?.code == "ServerNotFound")
        #expect(typed.error?.details?.first?.message == "inner")
    }

    @Test func nonJSONErrorBodyIsKeptRaw() throws {
        let error = try #require(throws: ServiceError.self) {
            try Start.Response(response: self.response(502), body: Data("Bad Gateway".utf8))
        }
        #expect(error.code == nil)
        #expect(String(decoding: error.rawBody, as: UTF8.self) == "Bad Gateway")
        #expect(error.description.contains("Bad Gateway"))
    }
}
