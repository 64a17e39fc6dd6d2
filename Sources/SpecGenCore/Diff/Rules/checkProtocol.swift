extension ContractComparer {
    /// 1002 ProtocolNoLongerSupported: a scheme of `schemes` is gone.
    mutating func checkProtocol() {
        for scheme in Self.entries(of: old.schemes, missingFrom: new.schemes) {
            report(.protocolNoLongerSupported, "#/schemes", "scheme \(scheme) is no longer supported")
        }
    }
}
