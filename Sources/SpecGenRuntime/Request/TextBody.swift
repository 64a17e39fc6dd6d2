import Foundation

extension RequestBuilder {
    /// A `text/*` body: the string's UTF-8, labelled with the media type as the contract writes it
    /// (`text/plain; charset=UTF-8` stays exactly that: some services compare it whole).
    public mutating func setTextBody(_ text: String, contentType: String) {
        setBody(Data(text.utf8), contentType: contentType)
    }
}

extension ResponseDecoding {
    /// A `text/*` answer read as a string: its bytes as UTF-8 (an empty body is the empty string).
    public static func text(from body: Data) -> String {
        String(decoding: body, as: UTF8.self)
    }
}
