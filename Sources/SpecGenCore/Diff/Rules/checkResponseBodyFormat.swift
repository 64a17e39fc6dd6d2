extension ContractComparer {
    /// 1004 ResponseBodyFormatNowSupported: the document's `produces` gained a media type that
    /// clients may not read.
    mutating func checkResponseBodyFormat() {
        for type in Self.entries(of: new.produces, missingFrom: old.produces) {
            report(.responseBodyFormatNowSupported, "#/produces", "responses may now come as \(type)")
        }
    }
}
