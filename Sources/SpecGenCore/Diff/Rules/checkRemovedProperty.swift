extension ContractComparer {
    /// 1033 RemovedProperty: a model (with what it inherits) lost a property; a new property with
    /// the same content is reported as its new name.
    mutating func checkRemovedProperty(_ properties: Compared<[Property]>) {
        let added = properties.added(by: \.name).map { ($0.name, $0.schema.fingerprint) }
        for property in properties.removed(by: \.name) {
            report(.removedProperty, Self.propertyLocation(property.name, in: properties.location),
                   Self.removal("property", fingerprint: property.schema.fingerprint, among: added))
        }
    }
}
