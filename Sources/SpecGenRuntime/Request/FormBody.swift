import Foundation

/// The body of an operation with `in: formData` parameters: URL-encoded fields, or multipart
/// parts when the operation consumes `multipart/form-data` (files go only there).
public struct FormBody: Sendable {
    public enum Encoding: Sendable {
        /// `application/x-www-form-urlencoded`.
        case urlEncoded
        /// `multipart/form-data`.
        case multipart
    }

    private enum Part: Sendable {
        case field(name: String, value: String)
        case file(name: String, data: Data, fileName: String, contentType: String)
    }

    private var parts: [Part] = []

    public init() {}

    public mutating func add(_ name: String, _ value: some RequestParameterValue) {
        parts.append(.field(name: name, value: value.parameterText))
    }

    /// An array field: joined with the collection format's separator, or one field per value (`multi`, nil).
    public mutating func add(_ name: String, _ values: [some RequestParameterValue], separator: String?) {
        if let separator {
            add(name, values.map(\.parameterText).joined(separator: separator))
        } else {
            for value in values { add(name, value) }
        }
    }

    /// A `type: file` parameter. The file name defaults to the field's name, as browsers send a blob.
    public mutating func addFile(_ name: String, _ data: Data, fileName: String? = nil,
                                 contentType: String = "application/octet-stream") {
        parts.append(.file(name: name, data: data, fileName: fileName ?? name, contentType: contentType))
    }

    /// A `type: file` parameter with its file name and media type.
    public mutating func addFile(_ name: String, _ file: FormFile) {
        addFile(name, file.data, fileName: file.fileName, contentType: file.contentType)
    }

    /// An array of `type: file`: one part per file, all under the field's name.
    public mutating func addFiles(_ name: String, _ files: [FormFile]) {
        for file in files { addFile(name, file) }
    }

    /// The encoded body and its `Content-Type`. `boundary` separates multipart parts (random by default).
    public func encoded(as encoding: Encoding, boundary: String = "specgen-" + UUID().uuidString) -> (body: Data, contentType: String) {
        switch encoding {
        case .urlEncoded:
            let pairs = parts.map { part -> String in
                switch part {
                case .field(let name, let value): return Self.formEncode(name) + "=" + Self.formEncode(value)
                case .file(let name, let data, _, _): return Self.formEncode(name) + "=" + Self.formEncode(String(decoding: data, as: UTF8.self))
                }
            }
            return (Data(pairs.joined(separator: "&").utf8), "application/x-www-form-urlencoded")
        case .multipart:
            var body = Data()
            for part in parts {
                body.append(Data("--\(boundary)\r\n".utf8))
                switch part {
                case .field(let name, let value):
                    body.append(Data("Content-Disposition: form-data; name=\"\(Self.quoted(name))\"\r\n\r\n".utf8))
                    body.append(Data(value.utf8))
                case .file(let name, let data, let fileName, let contentType):
                    body.append(Data("Content-Disposition: form-data; name=\"\(Self.quoted(name))\"; filename=\"\(Self.quoted(fileName))\"\r\n".utf8))
                    body.append(Data("Content-Type: \(contentType)\r\n\r\n".utf8))
                    body.append(data)
                }
                body.append(Data("\r\n".utf8))
            }
            body.append(Data("--\(boundary)--\r\n".utf8))
            return (body, "multipart/form-data; boundary=\(boundary)")
        }
    }

    /// The HTML form encoding: unreserved characters as they are, space as `+`, the rest as UTF-8 `%XX`.
    static func formEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "*"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                result += "+"
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    /// A name or file name inside a quoted header parameter: `"`, CR and LF percent-encoded (HTML's rule).
    static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }
}

extension RequestBuilder {
    public mutating func setFormBody(_ form: FormBody, encoding: FormBody.Encoding) {
        let (body, contentType) = form.encoded(as: encoding)
        setBody(body, contentType: contentType)
    }
}
