import Foundation
import Testing
@testable import SpecGenRuntime

/// Form bodies on their exact bytes.
@Suite struct FormBodyTests {
    @Test func urlEncodedFieldsEscapeAsHTMLFormsDo() throws {
        var form = FormBody()
        form.add("name", "Doggie & friends")
        form.add("status", "sold/out?")
        form.add("tags", ["a", "b c"], separator: ",")
        form.add("ids", [1, 2], separator: nil)
        form.add("emoji", "é")
        let (body, contentType) = form.encoded(as: .urlEncoded)
        #expect(contentType == "application/x-www-form-urlencoded")
        #expect(String(decoding: body, as: UTF8.self)
            == "name=Doggie+%26+friends&status=sold%2Fout%3F&tags=a%2Cb+c&ids=1&ids=2&emoji=%C3%A9")
    }

    @Test func multipartPartsWithFilesAndQuotedNames() throws {
        var form = FormBody()
        form.add("file\"Name", "sample.png")
        form.addFile("fileContent", Data([0x00, 0xFF, 0x0D, 0x0A]), fileName: "a\"b.png", contentType: "image/png")
        let (body, contentType) = form.encoded(as: .multipart, boundary: "XYZ")
        #expect(contentType == "multipart/form-data; boundary=XYZ")
        var expected = Data("--XYZ\r\nContent-Disposition: form-data; name=\"file%22Name\"\r\n\r\nsample.png\r\n".utf8)
        expected += Data("--XYZ\r\nContent-Disposition: form-data; name=\"fileContent\"; filename=\"a%22b.png\"\r\nContent-Type: image/png\r\n\r\n".utf8)
        expected += Data([0x00, 0xFF, 0x0D, 0x0A]) + Data("\r\n--XYZ--\r\n".utf8)
        #expect(body == expected)
    }

    @Test func theBuilderSetsBodyAndContentType() throws {
        var form = FormBody()
        form.add("a", 1)
        var builder = RequestBuilder(method: .post, endpoint: URL(string: "https://example.com")!)
        builder.appendPath("/form")
        builder.setFormBody(form, encoding: .urlEncoded)
        let (request, body) = builder.build()
        #expect(request.headerFields[.contentType] == "application/x-www-form-urlencoded")
        #expect(body == Data("a=1".utf8))
    }
}
