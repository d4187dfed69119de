using System.Text;
using QueryableGraphQL.Relay;

namespace QueryableGraphQL.Tests.Relay;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Article", 1)]
    [InlineData("QuotedSource", int.MaxValue)]
    [InlineData("Topic", -42)]
    [InlineData("Ünïcode", 7)]
    public void Ids_are_base64_of_type_and_key_and_decode_back(string typeName, int key)
    {
        var id = GlobalId.Encode(typeName, key);

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}")), id);
        Assert.Equal((typeName, key), GlobalId.Decode(id));
    }

    [Fact]
    public void A_type_name_too_long_for_the_stack_buffer_gives_the_same_id()
    {
        var typeName = new string('T', 300);

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:12")), GlobalId.Encode(typeName, 12));
    }
}
