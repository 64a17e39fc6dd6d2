extension ContractComparer {
    /// A model gained a property. 1034 AddedRequiredProperty when clients must send it (breaking
    /// in requests); else, in responses, 1040 AddedReadOnlyPropertyInResponse or 1041
    /// AddedPropertyInResponse (generated decoders skip unknown members, so old clients keep
    /// working); else 1045 AddedOptionalProperty.
    mutating func checkAddedProperty(_ properties: Compared<[Property]>, _ direction: Direction) {
        for property in properties.added(by: \.name) {
            let location = Self.propertyLocation(property.name, in: properties.location)
            if property.isRequired && !property.isReadOnly {
                report(.addedRequiredProperty, location, "new required property", severity: direction == .request ? .breaking : .nonBreaking)
            } else if direction == .response {
                report(property.isReadOnly ? .addedReadOnlyPropertyInResponse : .addedPropertyInResponse, location,
                       "new \(property.isReadOnly ? "read-only " : "")property in responses")
            } else {
                report(.addedOptionalProperty, location, "new optional property")
            }
        }
    }
}
