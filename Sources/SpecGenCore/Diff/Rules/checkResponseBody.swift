extension ContractComparer {
    /// 1026 TypeChanged, for a whole response: it gained a body (potentially breaking: clients
    /// that ignored it still work) or lost one. Two bodies are compared as schemas.
    mutating func checkResponseBody(_ response: Compared<ContractResponse>) {
        switch (response.old.schema, response.new.schema) {
        case (nil, _?): report(.typeChanged, response.location, "response now has a body", severity: .potentiallyBreaking)
        case (_?, nil): report(.typeChanged, response.location, "response no longer has a body")
        default: break
        }
    }
}
