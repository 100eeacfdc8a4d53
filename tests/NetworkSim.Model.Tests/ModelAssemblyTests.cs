using NetworkSim.Model.Agents;

namespace NetworkSim.Model.Tests;

public class ModelAssemblyTests
{
    /// <summary>The model says how its types travel with Orleans' serialization attributes, and holds no Orleans runtime.</summary>
    [Fact]
    public void The_model_references_no_Orleans_assembly_but_the_serialization_attributes()
    {
        var orleans = typeof(RunModel).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Orleans", StringComparison.Ordinal));

        Assert.Equal(["Orleans.Serialization.Abstractions"], orleans);
    }
}
