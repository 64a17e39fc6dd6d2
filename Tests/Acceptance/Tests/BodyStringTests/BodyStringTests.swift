import AcceptanceSupport
import BodyString
import Foundation
import SpecGenRuntime
import Testing

/// body-string.json: `/string/*`: plain, empty, multi-byte and whitespace strings (pinned by
/// one-value enums), base64 and base64url bytes as `Data`, and string enums.
@Suite struct BodyStringTests {
    let client = BodyStringClient(endpoint: TestServer.url, options: TestServer.options)

    /// The server's multi-byte string. CJK compatibility ideographs (U+F9F1...) and private-use
    /// characters (U+E7C7...) are escaped: they must arrive as these scalars, not normalised.
    static let mbcs = "啊齄丂狛狜\u{F9F1}\u{F92C}\u{F9F1}\u{FA0C}\u{FA29}ˊ〞〡￤℡㈱‐ー﹡﹢﹫、〓ⅰⅹ⒈€㈠㈩ⅠⅫ！￣ぁんァヶΑ︴АЯаяāɡㄅㄩ─╋︵﹄︻︱︳︴ⅰⅹɑ\u{E7C7}ɡ〇〾⿻⺁\u{E843}䜣\u{E864}€"
    static let whitespace = "    Now is the time for all good men to come to the aid of their country    "

    /// `stringBody` is optional: without it nothing is sent (the server wants no body at all).
    @Test func absentBodyIsNotSent() async throws {
        try await client.stringModel.putNull()
    }

    @Test func emptyStringRoundTrips() async throws {
        #expect(try await client.stringModel.getEmpty().rawValue == "")
        try await client.stringModel.putEmpty(body: .empty)
    }

    /// Compared scalar by scalar: Swift's `==` would accept a canonically equivalent string.
    @Test func multiByteStringDecodes() async throws {
        let value = try await client.stringModel.getMbcs().rawValue
        #expect(Array(value.unicodeScalars) == Array(Self.mbcs.unicodeScalars))
    }

    /// The server compares the body's code units with its own.
    @Test func multiByteStringIsSent() async throws {
        try await client.stringModel.putMbcs(body: try #require(StringPutMbcsStringBody(rawValue: Self.mbcs)))
    }

    @Test func leadingAndTrailingWhitespaceIsKept() async throws {
        #expect(try await client.stringModel.getWhitespace().rawValue == Self.whitespace)
        try await client.stringModel.putWhitespace(body: try #require(StringPutWhitespaceStringBody(rawValue: Self.whitespace)))
    }

    /// `type: string` without `x-nullable`: an empty body breaks the contract.
    @Test func missingBodyIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.stringModel.getNotProvided() }
        #expect(error?.status == 200)
    }

    /// `format: byte`: standard base64 with padding.
    @Test func base64BytesDecode() async throws {
        #expect(try await client.stringModel.getBase64Encoded() == Data("a string that gets encoded with base64".utf8))
    }

    @Test func base64URLBytesDecode() async throws {
        #expect(try await client.stringModel.getBase64UrlEncoded() == Data("a string that gets encoded with base64url".utf8))
    }

    /// The server answers 400 unless the body is the unpadded base64url text.
    @Test func base64URLBytesAreSentUnpadded() async throws {
        try await client.stringModel.putBase64UrlEncoded(body: Data("a string that gets encoded with base64url".utf8))
    }

    @Test func notExpandableEnumRoundTrips() async throws {
        #expect(try await client.enum.getNotExpandable() == .redColor)
        try await client.enum.putNotExpandable(body: .redColor)
    }

    @Test func referencedEnumRoundTrips() async throws {
        #expect(try await client.enum.getReferenced() == .redColor)
        try await client.enum.putReferenced(body: .redColor)
    }

    /// The server answers 400 unless the body is exactly `{"ColorConstant":"green-color"}`: the
    /// required one-value enum member is a constant, not asked for and always sent.
    @Test func modelWithConstantIsSent() async throws {
        let body = RefColorConstant()
        #expect(body.colorConstant == "green-color")
        try await client.enum.putReferencedConstant(body: body)
    }

    /// `x-nullable: true`: the server's empty body is no value.
    @Test
    func nullIsNil() async throws {
        let value: String? = try await client.stringModel.getNull()
        #expect(value == nil)
    }

    /// `format: base64url`, `x-nullable: true`: the server's empty body is no value.
    @Test
    func nullBase64URLIsNil() async throws {
        let value: Data? = try await client.stringModel.getNullBase64UrlEncoded()
        #expect(value == nil)
    }

    /// The server sends `{"field1":"Sample String"}`, without the constant `ColorConstant`.
    @Test func modelWithConstantDecodesWithoutIt() async throws {
        let value = try await client.enum.getReferencedConstant()
        #expect(value.colorConstant == "green-color")
        #expect(value.field1 == "Sample String")
    }
}
