using Perspective.Email;
using Perspective.Email.Templates;
using Perspective.Tests.Modules.Email.Liquid;

namespace Perspective.Tests.Modules.Email.Templates;

public sealed class EmailTemplateCheckerTests
{
    private static readonly EmailWording Good = EmailWording.DefaultOf(TemplatesFactory.WelcomeKind);

    [Fact]
    public async Task TheModulesDefaultWording_HasNoProblems()
    {
        Assert.Empty(await EmailTemplateChecker.CheckAsync(TemplatesFactory.WelcomeKind, Good));
        Assert.Empty(await EmailTemplateChecker.CheckAsync(EmailKindsOfThisModule.Test, EmailWording.DefaultOf(EmailKindsOfThisModule.Test)));
    }

    [Fact]
    public async Task ASyntaxError_IsReportedAgainstItsPart_WithLineAndColumn()
    {
        var problem = Assert.Single(await CheckAsync(Good with { HtmlBody = "<p>Hello</p>\n<p>{{ name </p>" }));

        Assert.Equal(EmailTemplatePart.HtmlBody, problem.Part);
        Assert.StartsWith("The HTML body has a mistake on line 2, column ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'}}' was expected", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownVariable_IsNamed()
    {
        var problem = Assert.Single(await CheckAsync(Good with { Subject = "Hello {{ nme }}" }));

        Assert.Equal(EmailTemplatePart.Subject, problem.Part);
        Assert.Equal("The subject uses an unknown variable 'nme'", problem.Message);
    }

    [Theory]
    [InlineData("{{ forloop.index }}", "forloop")]
    [InlineData("{% for c in name %}{{ c }}{% endfor %}{{ c }}", "c")]
    [InlineData("{{ later }}{% assign later = name %}", "later")]
    [InlineData("{% if name contains secret %}x{% endif %}", "secret")]
    [InlineData("{{ name | append: other }}", "other")]
    [InlineData("{{ name[key] }}", "key")]
    public async Task VariablesAreKnown_OnlyWhereTheTemplateDefinesThem(string text, string unknown)
    {
        var problem = Assert.Single(await CheckAsync(Good with { TextBody = text }));

        Assert.Equal($"The text body uses an unknown variable '{unknown}'", problem.Message);
    }

    [Fact]
    public async Task TheSafeTags_AreAllowed()
    {
        const string Text = """
            {% comment %}Every tag an email may use.{% endcomment %}
            {% assign greeting = "Hello" | append: " " %}{% capture who %}{{ name | upcase }}{% endcapture %}
            {% if name == empty %}Nobody{% elsif name contains "Co" %}{{ greeting }}{{ who }}{% else %}Hi{% endif %}
            {% unless link %}No link{% endunless %}
            {% for c in name limit: 3 %}{{ forloop.index }}{{ c }}{% if forloop.last %}{% break %}{% endif %}{% else %}none{% endfor %}
            {% for i in (1..3) %}{{ i }}{% endfor %}
            {% case site_name %}{% when "A", "B" %}a{% else %}{{ portal_link }}{% endcase %}
            {% raw %}{{ shown as it is }}{% endraw %}
            """;

        Assert.Empty(await CheckAsync(Good with { TextBody = Text }));
    }

    [Theory]
    [InlineData("{% include 'x' %}", "include")]
    [InlineData("{% render 'x' %}", "render")]
    [InlineData("{% cycle 'a', 'b' %}", "cycle")]
    [InlineData("{% increment n %}", "increment")]
    [InlineData("{% tablerow c in name %}{{ c }}{% endtablerow %}", "tablerow")]
    [InlineData("{% ifchanged %}x{% endifchanged %}", "ifchanged")]
    public async Task TagsThatReachBeyondTheEmail_AreRefused(string html, string tag)
    {
        var problem = Assert.Single(await CheckAsync(Good with { HtmlBody = html }));

        Assert.Equal($"The HTML body uses the '{tag}' tag, which emails cannot use", problem.Message);
    }

    [Fact]
    public async Task ATagLiquidDoesNotKnow_IsAMistake()
    {
        var problem = Assert.Single(await CheckAsync(Good with { HtmlBody = "{% layout 'main' %}" }));

        Assert.Equal("The HTML body has a mistake on line 1, column 10: unknown tag 'layout'", problem.Message);
    }

    [Fact]
    public async Task TheRawFilter_IsRefused_BecauseItWouldNotEncodeValues()
    {
        var problem = Assert.Single(await CheckAsync(Good with { HtmlBody = "<p>{{ name | raw }}</p>" }));

        Assert.Equal("The HTML body uses the 'raw' filter, which would put values into the email without encoding them", problem.Message);
    }

    [Fact]
    public async Task AnUnknownFilter_IsRefused()
    {
        var problem = Assert.Single(await CheckAsync(Good with { Subject = "{{ name | shout }}" }));

        Assert.Equal("The subject uses an unknown filter 'shout'", problem.Message);
    }

    [Theory]
    [InlineData("<p>{{ name | split: ' ' }}</p>")]
    [InlineData("{% assign words = name | split: ' ' %}<p>{{ words }}</p>")]
    [InlineData("<p>{{ name | split: ' ' | sort | default: link }}</p>")]
    public async Task AListWrittenOutAsItIs_IsRefusedInTheHtml_BecauseFluidWouldNotEncodeIt(string html)
    {
        var problem = Assert.Single(await CheckAsync(Good with { HtmlBody = html }));

        Assert.StartsWith("The HTML body writes out a list as it is", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>{{ name | split: ' ' | join: ', ' }}</p>")]
    [InlineData("{% assign words = name | split: ' ' %}<p>{{ words.first }} {{ words[1] }} {{ words.size }}</p>{% for w in words %}{{ w }}{% endfor %}")]
    public async Task AListMadeIntoText_IsAllowed(string html) =>
        Assert.Empty(await CheckAsync(Good with { HtmlBody = html }));

    [Theory]
    [InlineData("<p>Hi</p><script>alert(1)</script>", "The HTML body cannot contain scripts")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "The HTML body cannot contain scripts")]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\">", "The HTML body cannot contain scripts")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>", "The HTML body cannot contain <iframe>")]
    [InlineData("<form action=\"https://example.com\"><button>Go</button></form>", "The HTML body cannot contain <iframe>")]
    public async Task ScriptsAndEmbeddedPages_AreRefusedInTheHtml(string html, string expected)
    {
        var problem = Assert.Single(await CheckAsync(Good with { HtmlBody = html }));

        Assert.StartsWith(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmailTemplatePart.Subject, "", "Enter a subject")]
    [InlineData(EmailTemplatePart.Subject, "   ", "Enter a subject")]
    [InlineData(EmailTemplatePart.HtmlBody, "", "Enter an HTML body")]
    [InlineData(EmailTemplatePart.TextBody, "", "Enter a text body")]
    public async Task EveryPart_MustHaveSomething(EmailTemplatePart part, string value, string expected)
    {
        var problem = Assert.Single(await CheckAsync(With(part, value)));

        Assert.Equal((part, expected), (problem.Part, problem.Message));
    }

    [Theory]
    [InlineData(EmailTemplatePart.Subject, 200, null)]
    [InlineData(EmailTemplatePart.Subject, 201, "Subject must be 200 characters or fewer")]
    [InlineData(EmailTemplatePart.HtmlBody, 20_000, null)]
    [InlineData(EmailTemplatePart.HtmlBody, 20_001, "HTML body must be 20,000 characters or fewer")]
    [InlineData(EmailTemplatePart.TextBody, 20_001, "Text body must be 20,000 characters or fewer")]
    public async Task EveryPart_HasAMaximumLength(EmailTemplatePart part, int length, string? expected)
    {
        var problems = await CheckAsync(With(part, new string('a', length)));

        Assert.Equal(expected, problems.SingleOrDefault()?.Message);
    }

    [Fact]
    public async Task ATemplateThatCannotBeFilledIn_IsRefused()
    {
        var problem = Assert.Single(await CheckAsync(Good with { TextBody = "{{ name | divided_by: 0 }}" }));

        Assert.Equal("The text body could not be filled in with the sample values. Check its loops and filters", problem.Message);
    }

    [Fact]
    public async Task TheIssuesDoublingTemplate_IsRefused_SayingWhy()
    {
        var problem = Assert.Single(await CheckAsync(Good with { HtmlBody = LiquidSandboxTests.DoublingTemplate }));

        Assert.Equal(
            "The HTML body cannot be filled in: it makes a piece of text longer than 500,000 characters with the 'append' filter. Make its loops shorter or build less text in them",
            problem.Message);
    }

    [Fact]
    public async Task ALongLoop_IsRefused_SayingWhy()
    {
        var problem = Assert.Single(await CheckAsync(Good with { TextBody = "{% for i in (1..10000) %}{% for j in (1..10000) %}{{ j }}{% endfor %}{% endfor %}" }));

        Assert.StartsWith("The text body cannot be filled in: it takes more than 10,000 steps", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProblemsInSeveralParts_AreEachReported()
    {
        var problems = await CheckAsync(new EmailWording("{{ nope }}", "{% include 'x' %}", ""));

        Assert.Equal([EmailTemplatePart.Subject, EmailTemplatePart.HtmlBody, EmailTemplatePart.TextBody], problems.Select(p => p.Part));
    }

    private static Task<IReadOnlyList<EmailTemplateProblem>> CheckAsync(EmailWording wording) =>
        EmailTemplateChecker.CheckAsync(TemplatesFactory.WelcomeKind, wording);

    private static EmailWording With(EmailTemplatePart part, string value) => part switch
    {
        EmailTemplatePart.Subject => Good with { Subject = value },
        EmailTemplatePart.HtmlBody => Good with { HtmlBody = value },
        _ => Good with { TextBody = value },
    };
}
