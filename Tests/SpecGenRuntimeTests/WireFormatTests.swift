import Foundation
import HTTPTypes
import Testing
@testable import SpecGenRuntime

/// Formats whose wire form is not the Swift type's own, round-tripped through JSON and headers.
@Suite struct WireFormatTests {
    @Test func rfc1123DatesFormatAndParseAcrossTheWholeRange() throws {
        let cases: [(String, TimeInterval)] = [
            ("Fri, 01 Jan 2010 00:00:00 GMT", 1_262_304_000),
            ("Thu, 01 Jan 1970 00:00:00 GMT", 0),
            ("Wed, 31 Dec 1969 23:59:59 GMT", -1),
            ("Mon, 01 Jan 0001 00:00:00 GMT", -62_135_596_800),
            ("Fri, 31 Dec 9999 23:59:59 GMT", 253_402_300_799),
            ("Tue, 29 Feb 2000 12:34:56 GMT", 951_827_696),
        ]
        for (text, seconds) in cases {
            #expect(RFC1123Date.format(Date(timeIntervalSince1970: seconds)) == text)
            #expect(RFC1123Date.parse(text) == Date(timeIntervalSince1970: seconds))
        }
        #expect(RFC1123Date.parse("fri, 31 dec 9999 23:59:59 gmt") == Date(timeIntervalSince1970: 253_402_300_799))
        #expect(RFC1123Date.parse("31 Dec 9999 23:59:59 GMT") != nil, "the weekday is optional")
        for bad in ["", "Fri, 32 Dec 2010 00:00:00 GMT", "Fri, 01 Foo 2010 00:00:00 GMT", "2010-01-01T00:00:00Z", "Fri, 01 Jan 2010 00:00 GMT"] {
            #expect(RFC1123Date.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func wrappersRoundTripThroughJSON() throws {
        struct Holder: Codable, Equatable {
            var stamp: RFC1123Date
            var seconds: UnixTime
            var bytes: Base64URLBytes
        }
        let json = #"{"stamp":"Fri, 01 Jan 2010 00:00:00 GMT","seconds":1262304000,"bytes":"YS1iX2M_"}"#
        let holder = try JSONDecoder().decode(Holder.self, from: Data(json.utf8))
        #expect(holder.stamp.date == Date(timeIntervalSince1970: 1_262_304_000))
        #expect(holder.seconds.date == Date(timeIntervalSince1970: 1_262_304_000))
        #expect(holder.bytes.data == Data("a-b_c?".utf8))
        let encoded = try JSONCoding.encode(holder)
        #expect(try JSONDecoder().decode(Holder.self, from: encoded) == holder)
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""YS1iX2M_""#), "unpadded, URL alphabet")
        #expect(throws: DecodingError.self) { _ = try JSONDecoder().decode(RFC1123Date.self, from: Data(#""2010-01-01""#.utf8)) }
    }

    @Test func base64URLAcceptsPaddedAndUnpaddedText() {
        #expect(Base64URLBytes(wireText: "YQ")?.data == Data("a".utf8))
        #expect(Base64URLBytes(wireText: "YQ==")?.data == Data("a".utf8))
        #expect(Base64URLBytes(Data([0xFB, 0xFF])).parameterText == "-_8")
        #expect(Base64URLBytes(wireText: "!!") == nil)
    }

    @Test func headersInTheirOwnFormats() {
        let fields: HTTPFields = [
            HTTPField.Name("value")!: "Fri, 01 Jan 2010 00:00:00 GMT",
            HTTPField.Name("stamp")!: "1262304000",
        ]
        #expect(ResponseDecoding.header("value", in: fields, as: RFC1123Date.self)?.date == Date(timeIntervalSince1970: 1_262_304_000))
        #expect(ResponseDecoding.header("stamp", in: fields, as: UnixTime.self)?.date == Date(timeIntervalSince1970: 1_262_304_000))
        #expect(UnixTime(Date(timeIntervalSince1970: 12.9)).parameterText == "12")
    }
}
