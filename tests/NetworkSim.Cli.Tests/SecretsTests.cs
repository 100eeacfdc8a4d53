using NetworkSim.Cli.Hosting;

namespace NetworkSim.Cli.Tests;

public class SecretsTests
{
    [Theory]
    [InlineData("127.0.0.1:6379", "127.0.0.1:6379")]
    [InlineData("redis.example:6380,password=s3cret,ssl=true", "redis.example:6380,password=***,ssl=true")]
    [InlineData("host:1,user=sim,PWD=s3cret", "host:1,user=sim,PWD=***")]
    [InlineData("redis://sim:s3cret@host:6379/0", "redis://***@host:6379/0")]
    [InlineData("--cluster=host:1,password=s3cret", "--cluster=host:1,password=***")]
    [InlineData("host:1,Password=s3cret", "host:1,Password=***")]
    [InlineData("host:1,PASSWORD=s3cret,ssl=true", "host:1,PASSWORD=***,ssl=true")]
    [InlineData("host:1, password = s3 cret ,ssl=true", "host:1, password =***,ssl=true")]
    [InlineData("password=s3cret,host:1", "password=***,host:1")]
    [InlineData("host:1,user=sim,password=s3=cret", "host:1,user=sim,password=***")]
    [InlineData("host:1,sentinelPassword=s3cret", "host:1,sentinelPassword=***")]
    [InlineData("host:1,Pwd=s3cret", "host:1,Pwd=***")]
    [InlineData("rediss://:s3cret@host:6380", "rediss://***@host:6380")]
    [InlineData("--cluster 'host:1,password=s3 cret'", "--cluster 'host:1,password=***")]
    public void A_redis_password_is_masked_in_every_spelling_the_redis_client_reads_wherever_it_stands(string text, string redacted) =>
        Assert.Equal(redacted, Secrets.Redact(text));

    [Theory]
    [InlineData("host:1,password=s3cret")]
    [InlineData("host:1,Password=s3cret")]
    [InlineData("host:1, PASSWORD = s3cret ")]
    [InlineData("host:1,user=sim,password=s3cret")]
    public void Each_spelling_masked_is_one_the_redis_client_reads_as_the_password(string connection) =>
        Assert.Equal("s3cret", StackExchange.Redis.ConfigurationOptions.Parse(connection).Password);

    [Fact]
    public void A_command_line_keeps_every_word_but_the_secret()
    {
        string[] args = ["run", "a.yaml", "--cluster", "h:1,password=s3cret", "--cluster-id", "c"];
        Assert.Equal(["run", "a.yaml", "--cluster", "h:1,password=***", "--cluster-id", "c"], Secrets.Redact(args));
    }
}
