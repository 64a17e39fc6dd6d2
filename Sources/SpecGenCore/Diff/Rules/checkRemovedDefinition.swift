extension ContractComparer {
    /// 1006 RemovedDefinition: a definition of the contract's files is gone; a new definition
    /// with the same content is reported as its new name.
    mutating func checkRemovedDefinition() {
        let definitions = Compared(old: old.definitions, new: new.definitions, location: "#/definitions")
        let added = definitions.added(by: { $0.name }).map { ($0.name, new.schemas[$0.id]?.fingerprint ?? "") }
        for (name, id) in definitions.removed(by: { $0.name }) {
            report(.removedDefinition, Self.definitionLocation(name),
                   Self.removal("definition", fingerprint: old.schemas[id]?.fingerprint ?? "", among: added))
        }
    }
}
