extension ContractComparer {
    /// 1003 RequestBodyFormatNoLongerSupported: a media type of the document's `consumes` is gone.
    mutating func checkRequestBodyFormat() {
        for type in Self.entries(of: old.consumes, missingFrom: new.consumes) {
            report(.requestBodyFormatNoLongerSupported, "#/consumes", "request body format \(type) is no longer supported")
        }
    }
}
