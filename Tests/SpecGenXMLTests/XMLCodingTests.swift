import Foundation
import HTTPTypes
import SpecGenRuntime
import Testing
@testable import SpecGenXML

// Models written as specgen generates them (extension Model: XMLObjectCodable), to pin the bytes.

/// A namespaced element with an attribute, an element, the element's text, and both list layouts.
struct Shelf: XMLObjectCodable, Equatable {
    var label: String?
    var note: String?
    var titles: [String]?
    var tags: [String]?
    var owner: Owner?
    var opened: Date?
    var photo: Data?

    static let xmlName = XMLName("Shelf", prefix: "lib", namespace: "urn:library")
    static let xmlAttributes: Set<String> = ["label"]

    init(label: String? = nil, note: String? = nil, titles: [String]? = nil, tags: [String]? = nil, owner: Owner? = nil,
         opened: Date? = nil, photo: Data? = nil) {
        (self.label, self.note, self.titles, self.tags, self.owner, self.opened, self.photo) = (label, note, titles, tags, owner, opened, photo)
    }

    init(xml reader: XMLElementReader) throws {
        label = try reader.readIfPresent(String.self, "label")
        note = try reader.readIfPresent(String.self, "note")
        titles = try reader.readList(String.self, itemName: "title")
        tags = try reader.readWrappedList(String.self, "Tags", itemName: "Tag")
        owner = try reader.readModelIfPresent(Owner.self, "Person")
        opened = try reader.readIfPresent(Date.self, "opened")
        photo = try reader.readIfPresent(Data.self, "photo")
    }

    func encodeXML(to writer: inout XMLElementWriter) throws {
        try writer.write(label, "label")
        try writer.write(note, "note")
        try writer.writeList(titles, itemName: "title")
        try writer.writeWrappedList(tags, "Tags", itemName: "Tag")
        try writer.writeModel(owner, "Person")
        try writer.write(opened, "opened")
        try writer.write(photo, "photo")
    }
}

/// `x-ms-text` beside an attribute, and a required member.
struct Owner: XMLObjectCodable, Equatable {
    var language: String
    var name: String?

    static let xmlName = XMLName("Person")
    static let xmlAttributes: Set<String> = ["language"]

    init(language: String, name: String? = nil) {
        self.language = language
        self.name = name
    }

    init(xml reader: XMLElementReader) throws {
        language = try reader.read(String.self, "language")
        name = try reader.readText()
    }

    func encodeXML(to writer: inout XMLElementWriter) throws {
        try writer.write(language, "language")
        try writer.writeText(name)
    }
}

/// Bytes in, bytes out: the documents the contract's `xml` objects describe.
@Suite struct XMLCodingTests {
    static let header = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"

    @Test func aModelIsWrittenAsItsXMLLayoutSays() throws {
        let shelf = Shelf(label: "A & B", note: "<new>", titles: ["One", ""], tags: ["x"], owner: Owner(language: "en", name: "Ann"),
                          opened: Date(timeIntervalSince1970: 1_519_778_400.123), photo: Data("Hi".utf8))
        let text = String(decoding: try XMLCoding.encode(shelf), as: UTF8.self)
        #expect(text == Self.header + #"<lib:Shelf xmlns:lib="urn:library" label="A &amp; B"><note>&lt;new&gt;</note>"#
            + "<title>One</title><title></title><Tags><Tag>x</Tag></Tags>"
            + #"<Person language="en">Ann</Person><opened>2018-02-28T00:40:00.123Z</opened><photo>SGk=</photo></lib:Shelf>"#)
        #expect(try XMLCoding.decode(Shelf.self, from: XMLCoding.encode(shelf)) == shelf)
    }

    /// Absent members are left out; an empty wrapped list is an empty wrapper, an empty unwrapped one nothing.
    @Test func emptyListsAndAbsentMembers() throws {
        let text = String(decoding: try XMLCoding.encode(Shelf(titles: [], tags: [])), as: UTF8.self)
        #expect(text == Self.header + #"<lib:Shelf xmlns:lib="urn:library"><Tags /></lib:Shelf>"#)
        let decoded = try XMLCoding.decode(Shelf.self, from: Data("<Shelf><Tags></Tags></Shelf>".utf8))
        #expect(decoded == Shelf(tags: []))
    }

    /// Readers match local names: the sender's prefix (or none) does not matter; whitespace between
    /// elements is not text, and an empty element is the empty string.
    @Test func prefixesAndFormattingDoNotMatter() throws {
        let document = """
        <?xml version='1.0' encoding='UTF-8'?>
        <x:Shelf xmlns:x="urn:library" label="L">
            <x:note></x:note>
            <title>T1</title>
            <title>T2</title>
            <Person language="fr">  Jean  </Person>
        </x:Shelf>
        """
        let shelf = try XMLCoding.decode(Shelf.self, from: Data(document.utf8))
        #expect(shelf == Shelf(label: "L", note: "", titles: ["T1", "T2"], owner: Owner(language: "fr", name: "  Jean  ")))
    }

    @Test func aListIsADocumentOfItems() throws {
        let list = XMLList([Owner(language: "en"), Owner(language: "de", name: "Ute")], name: XMLName("people"), itemName: "Person")
        let data = try XMLCoding.encode(list)
        #expect(String(decoding: data, as: UTF8.self)
            == Self.header + #"<people><Person language="en" /><Person language="de">Ute</Person></people>"#)
        #expect(try XMLCoding.decodeList(Owner.self, itemName: "Person", from: data) == list.items)
        #expect(try XMLCoding.decodeList(Owner.self, itemName: "Person", from: Data("<people/>".utf8)).isEmpty)
        let values = XMLList([1, 2], name: XMLName("ids"), itemName: "id")
        #expect(String(decoding: try XMLCoding.encode(values: values), as: UTF8.self) == Self.header + "<ids><id>1</id><id>2</id></ids>")
    }

    /// A document that lacks a required member or is not XML at all is a `ResponseDecodingError`.
    @Test func badDocumentsAreDecodingErrors() throws {
        let answer = HTTPResponse(status: .ok)
        let missing = #expect(throws: ResponseDecodingError.self) {
            try XMLResponseDecoding.body(Owner.self, from: Data("<Person>Ann</Person>".utf8), response: answer)
        }
        #expect(missing?.description.contains("language") == true)
        #expect(throws: ResponseDecodingError.self) {
            try XMLResponseDecoding.body(Owner.self, from: Data("not <xml".utf8), response: answer)
        }
    }

    @Test func theBuilderSetsTheBodyAndMediaType() throws {
        var builder = RequestBuilder(method: .put, endpoint: URL(string: "https://example.com")!)
        try builder.setXMLBody(Owner(language: "en"), contentType: "text/xml")
        let (request, body) = builder.build()
        #expect(request.headerFields[.contentType] == "text/xml")
        #expect(body == Data((Self.header + #"<Person language="en" />"#).utf8))
    }
}
