import AcceptanceSupport
import Foundation
import Header
import SpecGenRuntime
import Testing

/// header.json: `/header/param/*` (header parameters of every primitive type; the server answers
/// 400 to a value it did not expect, thrown as `ServiceError`) and `/header/response/*` (header-only
/// answers: the client method returns the typed `OkHeaders`, each header typed as its schema says).
@Suite struct HeaderTests {
    let client = HeaderClient(endpoint: TestServer.url, options: TestServer.options)

    /// 2010-01-01T12:34:56Z.
    static let valid = Date(timeIntervalSince1970: 1_262_349_296)
    /// 0001-01-01T00:00:00Z in the proleptic Gregorian calendar (Foundation's `.gregorian`
    /// calendar switches to Julian before 1582 and would give 0000-12-30).
    static let min = Date(timeIntervalSince1970: -62_135_596_800)
    /// The multi-byte string of the byte scenarios (CJK compatibility ideographs spelled out).
    static let multiByte = "\u{554A}\u{9F44}\u{4E02}\u{72DB}\u{72DC}\u{F9F1}\u{F92C}\u{F9F1}\u{FA0C}\u{FA29}"

    /// A header the contract names that the pipeline also sets (`User-Agent`): the caller's value wins.
    @Test func existingKeyParameterOverridesTheDefault() async throws {
        try await client.headerOperations.paramExistingKey(userAgent: "overwrite")
    }

    /// A protected header (`Content-Type`) set by the caller is sent as given.
    @Test func protectedKeyParameterIsSent() async throws {
        try await client.headerOperations.paramProtectedKey(contentType: "text/html")
    }

    @Test func integerHeaders() async throws {
        try await client.headerOperations.paramInteger(scenario: "positive", value: 1)
        try await client.headerOperations.paramInteger(scenario: "negative", value: -2)
        try await client.headerOperations.paramLong(scenario: "positive", value: 105)
        try await client.headerOperations.paramLong(scenario: "negative", value: -2)
    }

    @Test func floatingPointHeaders() async throws {
        try await client.headerOperations.paramFloat(scenario: "positive", value: 0.07)
        try await client.headerOperations.paramFloat(scenario: "negative", value: -3.0)
        try await client.headerOperations.paramDouble(scenario: "positive", value: 7e120)
        try await client.headerOperations.paramDouble(scenario: "negative", value: -3.0)
    }

    @Test func booleanHeaders() async throws {
        try await client.headerOperations.paramBool(scenario: "true", value: true)
        try await client.headerOperations.paramBool(scenario: "false", value: false)
    }

    /// `nil` leaves the header out; `""` sends it empty.
    @Test func stringHeaders() async throws {
        try await client.headerOperations.paramString(scenario: "valid", value: "The quick brown fox jumps over the lazy dog")
        try await client.headerOperations.paramString(scenario: "null", value: nil)
        try await client.headerOperations.paramString(scenario: "empty", value: "")
    }

    @Test func enumHeaders() async throws {
        try await client.headerOperations.paramEnum(scenario: "valid", value: .grey)
        try await client.headerOperations.paramEnum(scenario: "null", value: nil)
    }

    /// `format: date` is the runtime's `CivilDate`, sent as `yyyy-mm-dd`.
    @Test func dateHeaders() async throws {
        try await client.headerOperations.paramDate(scenario: "valid", value: CivilDate(year: 2010, month: 1, day: 1))
        try await client.headerOperations.paramDate(scenario: "min", value: CivilDate(year: 1, month: 1, day: 1))
    }

    @Test func dateTimeHeadersAreRFC3339() async throws {
        try await client.headerOperations.paramDatetime(scenario: "valid", value: Self.valid)
        try await client.headerOperations.paramDatetime(scenario: "min", value: Self.min)
    }

    @Test func dateTimeRFC1123Headers() async throws {
        try await client.headerOperations.paramDatetimeRfc1123(scenario: "valid", value: Self.valid)
        try await client.headerOperations.paramDatetimeRfc1123(scenario: "min", value: Self.min)
    }

    /// `format: duration` is the runtime's `ISO8601Duration`, sent as `P123DT22H14M12.011S`.
    @Test func durationHeader() async throws {
        try await client.headerOperations.paramDuration(scenario: "valid", value: ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011))
    }

    @Test func byteHeaderIsBase64() async throws {
        try await client.headerOperations.paramByte(scenario: "valid", value: Data(Self.multiByte.utf8))
    }

    /// The server wants the caller's `x-ms-client-request-id: 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0`,
    /// which the contract declares no parameter for: the call's `RequestOptions` carry it.
    @Test func callerChosenClientRequestID() async throws {
        try await client.headerOperations.customRequestId(requestOptions: RequestOptions(clientRequestID: "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"))
    }

    // MARK: - Response headers (the values legacy/routes/header.js sets)

    @Test func responseExistingKey() async throws {
        #expect(try await client.headerOperations.responseExistingKey().userAgent == "overwrite")
    }

    @Test func responseProtectedKey() async throws {
        #expect(try await client.headerOperations.responseProtectedKey().contentType == "text/html")
    }

    @Test func responseIntegerHeaders() async throws {
        #expect(try await client.headerOperations.responseInteger(scenario: "positive").value == 1)
        #expect(try await client.headerOperations.responseInteger(scenario: "negative").value == -2)
    }

    @Test func responseLongHeaders() async throws {
        #expect(try await client.headerOperations.responseLong(scenario: "positive").value == 105)
        #expect(try await client.headerOperations.responseLong(scenario: "negative").value == -2)
    }

    /// `format: float` reads as `Float`: "0.07" is the `Float` nearest 0.07.
    @Test func responseFloatHeaders() async throws {
        #expect(try await client.headerOperations.responseFloat(scenario: "positive").value == Float(0.07))
        #expect(try await client.headerOperations.responseFloat(scenario: "negative").value == -3.0)
    }

    /// The server writes 7e120 as "7e+120".
    @Test func responseDoubleHeaders() async throws {
        #expect(try await client.headerOperations.responseDouble(scenario: "positive").value == 7e120)
        #expect(try await client.headerOperations.responseDouble(scenario: "negative").value == -3.0)
    }

    @Test func responseBoolHeaders() async throws {
        #expect(try await client.headerOperations.responseBool(scenario: "true").value == true)
        #expect(try await client.headerOperations.responseBool(scenario: "false").value == false)
    }

    /// The "null" scenario's header is the text `null` (Express's `res.set("value", null)` writes
    /// `String(null)`): an HTTP header cannot be null, so the client reads the string "null", as
    /// AutoRest's own clients do. "" is a present, empty header.
    @Test func responseStringHeaders() async throws {
        #expect(try await client.headerOperations.responseString(scenario: "valid").value == "The quick brown fox jumps over the lazy dog")
        #expect(try await client.headerOperations.responseString(scenario: "null").value == "null")
        #expect(try await client.headerOperations.responseString(scenario: "empty").value == "")
    }

    /// The enum header is typed: "GREY" is `.grey`; the "null" scenario sends an empty header, no value.
    @Test func responseEnumHeaders() async throws {
        #expect(try await client.headerOperations.responseEnum(scenario: "valid").value == .grey)
        #expect(try await client.headerOperations.responseEnum(scenario: "null").value == nil)
    }

    /// `format: date` reads as the runtime's `CivilDate`.
    @Test func responseDateHeaders() async throws {
        #expect(try await client.headerOperations.responseDate(scenario: "valid").value == CivilDate(year: 2010, month: 1, day: 1))
        #expect(try await client.headerOperations.responseDate(scenario: "min").value == CivilDate(year: 1, month: 1, day: 1))
    }

    @Test func responseDateTimeHeaders() async throws {
        #expect(try await client.headerOperations.responseDatetime(scenario: "valid").value == Self.valid)
        #expect(try await client.headerOperations.responseDatetime(scenario: "min").value == Self.min)
    }

    /// "Fri, 01 Jan 2010 12:34:56 GMT" and "Mon, 01 Jan 0001 00:00:00 GMT".
    @Test func responseDateTimeRFC1123Headers() async throws {
        #expect(try await client.headerOperations.responseDatetimeRfc1123(scenario: "valid").value == Self.valid)
        #expect(try await client.headerOperations.responseDatetimeRfc1123(scenario: "min").value == Self.min)
    }

    /// `format: duration` reads as the runtime's `ISO8601Duration`.
    @Test func responseDurationHeader() async throws {
        let value = try await client.headerOperations.responseDuration(scenario: "valid").value
        #expect(value == ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011))
        #expect(value?.description == "P123DT22H14M12.011S")
    }

    /// `format: byte`: the base64 header decodes to the multi-byte string's UTF-8.
    @Test func responseByteHeader() async throws {
        #expect(try await client.headerOperations.responseByte(scenario: "valid").value == Data(Self.multiByte.utf8))
    }
}
