import AcceptanceSupport
import BodyStringQuirks
import Foundation
import SpecGenRuntime
import Testing

/// body-string.quirks.json: the `/string/*` routes of body-string.json with plain `string`
/// request bodies, nothing `x-nullable`, and `format: base64url` where body-string.json has `byte`.
@Suite struct BodyStringQuirksTests {
    let client = BodyStringQuirksClient(endpoint: TestServer.url, options: TestServer.options)

    static let mbcs = "啊齄丂狛狜\u{F9F1}\u{F92C}\u{F9F1}\u{FA0C}\u{FA29}ˊ〞〡￤℡㈱‐ー﹡﹢﹫、〓ⅰⅹ⒈€㈠㈩ⅠⅫ！￣ぁんァヶΑ︴АЯаяāɡㄅㄩ─╋︵﹄︻︱︳︴ⅰⅹɑ\u{E7C7}ɡ〇〾⿻⺁\u{E843}䜣\u{E864}€"
    static let whitespace = "    Now is the time for all good men to come to the aid of their country    "

    @Test func absentBodyIsNotSent() async throws {
        try await client.stringModel.putNull()
    }

    @Test func emptyStringRoundTrips() async throws {
        #expect(try await client.stringModel.getEmpty().rawValue == "")
        try await client.stringModel.putEmpty(body: "")
    }

    @Test func multiByteStringRoundTrips() async throws {
        let value = try await client.stringModel.getMbcs().rawValue
        #expect(Array(value.unicodeScalars) == Array(Self.mbcs.unicodeScalars))
        try await client.stringModel.putMbcs(body: Self.mbcs)
    }

    @Test func leadingAndTrailingWhitespaceIsKept() async throws {
        #expect(try await client.stringModel.getWhitespace().rawValue == Self.whitespace)
        try await client.stringModel.putWhitespace(body: Self.whitespace)
    }

    @Test func missingBodyIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.stringModel.getNotProvided() }
        #expect(error?.status == 200)
    }

    /// Here `format: base64url`; the server sends standard base64 with `=` padding, which has
    /// no `+` or `/` to tell the alphabets apart, and a base64url reader accepts padding.
    @Test func paddedBase64ReadsAsBase64URL() async throws {
        #expect(try await client.stringModel.getBase64Encoded() == Data("a string that gets encoded with base64".utf8))
    }

    @Test func base64URLBytesRoundTrip() async throws {
        #expect(try await client.stringModel.getBase64UrlEncoded() == Data("a string that gets encoded with base64url".utf8))
        try await client.stringModel.putBase64UrlEncoded(body: Data("a string that gets encoded with base64url".utf8))
    }

    /// Here not `x-nullable`: an empty body breaks the contract.
    @Test func missingBase64URLBodyIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.stringModel.getNullBase64UrlEncoded() }
        #expect(error?.status == 200)
    }

    @Test func notExpandableEnumRoundTrips() async throws {
        #expect(try await client.enum.getNotExpandable() == .redColor)
        try await client.enum.putNotExpandable(body: .redColor)
    }

    @Test func referencedEnumRoundTrips() async throws {
        #expect(try await client.enum.getReferenced() == .redColor)
        try await client.enum.putReferenced(body: .redColor)
    }

    /// The server answers 400 unless the body is exactly `{"ColorConstant":"green-color"}`.
    @Test func modelWithConstantIsSent() async throws {
        let body = RefColorConstant()
        #expect(body.colorConstant == "green-color")
        try await client.enum.putReferencedConstant(body: body)
    }

    /// The server sends `{"field1":"Sample String"}`, without the constant `ColorConstant`.
    @Test func modelWithConstantDecodesWithoutIt() async throws {
        let value = try await client.enum.getReferencedConstant()
        #expect(value.colorConstant == "green-color")
        #expect(value.field1 == "Sample String")
    }

    /// Here the answer is `type: string, enum: [null]`: a nullable string whose only value is
    /// null, so the server's empty body is no value.
    @Test
    func nullIsNil() async throws {
        let value: String? = try await client.stringModel.getNull()
        #expect(value == nil)
    }
}
