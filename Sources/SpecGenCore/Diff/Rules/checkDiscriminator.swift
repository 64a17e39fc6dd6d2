extension ContractComparer {
    /// 1030 DifferentDiscriminator: polymorphic values are told apart by another property.
    mutating func checkDiscriminator(_ schema: Compared<Schema>) {
        let discriminator = schema.map(\.discriminator)
        if discriminator.old != discriminator.new {
            report(.differentDiscriminator, schema.location, Self.changed("discriminator", discriminator))
        }
    }
}
