using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace Perspective.Email.Templates;

/// <summary>
/// Walks a parsed template and reports, in the order they appear, the variables it does not know,
/// the tags and filters emails may not use, and (in the HTML body) any list written out as it is.
/// Only the statements and expressions named here are allowed: anything else is refused, so a tag
/// added to Fluid later is refused until someone decides it is safe.
/// </summary>
internal sealed class LiquidTemplateInspector
{
    private static readonly Dictionary<Type, string> TagNames = new()
    {
        [typeof(IncludeStatement)] = "include",
        [typeof(RenderStatement)] = "render",
        [typeof(CycleStatement)] = "cycle",
        [typeof(IncrementStatement)] = "increment",
        [typeof(DecrementStatement)] = "decrement",
        [typeof(TableRowStatement)] = "tablerow",
        [typeof(IfChangedStatement)] = "ifchanged",
        [typeof(MacroStatement)] = "macro",
        [typeof(FromStatement)] = "from",
        [typeof(LiquidStatement)] = "liquid",
    };

    // Filters that turn text (or a list) into a list. Fluid writes a list out without encoding its
    // items, so a list must never be output in the HTML body as it is.
    private static readonly HashSet<string> ListFilters = new(StringComparer.Ordinal)
    {
        "split", "sort", "sort_natural", "uniq", "reverse", "compact", "concat", "map", "where", "reject",
    };

    // Filters whose result is one value even when given a list.
    private static readonly HashSet<string> SingleValueFilters = new(StringComparer.Ordinal)
    {
        "join", "first", "last", "size", "sum", "find", "find_index", "has", "json",
    };

    private readonly IReadOnlySet<string> _known;
    private readonly string _part;
    private readonly bool _encoded;
    private readonly HashSet<string> _assigned = new(EmailLiquid.Options.ModelNamesComparer);
    private readonly HashSet<string> _lists = new(EmailLiquid.Options.ModelNamesComparer);
    private readonly List<string> _loopNames = [];
    private readonly List<string> _problems = [];

    private LiquidTemplateInspector(IReadOnlySet<string> known, string part, bool encoded)
    {
        _known = known;
        _part = part;
        _encoded = encoded;
    }

    /// <param name="known">The variables the email has (its own and the standard ones).</param>
    /// <param name="part">How messages name the part: "The subject".</param>
    /// <param name="encoded">Whether values are HTML-encoded in this part (the HTML body).</param>
    public static IReadOnlyList<string> Inspect(IFluidTemplate template, IReadOnlySet<string> known, string part, bool encoded)
    {
        var inspector = new LiquidTemplateInspector(known, part, encoded);
        if (template is FluidTemplate fluid)
        {
            inspector.Statements(fluid.Statements);
        }
        else
        {
            inspector.Add($"{part} could not be checked");
        }

        return inspector._problems;
    }

    private void Statements(IReadOnlyList<Statement> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
        }
    }

    private void Statement(Statement statement)
    {
        switch (statement)
        {
            case TextSpanStatement or CommentStatement or RawStatement or BreakStatement or ContinueStatement or NoOpStatement:
                break;
            case OutputStatement output:
                Output(output.Expression);
                // Declared non-null, but Fluid leaves it null when the filters are in the expression.
                if (output.Filters is { } filters)
                {
                    foreach (var filter in filters)
                    {
                        Expression(filter);
                    }
                }

                break;
            case IfStatement @if:
                Expression(@if.Condition);
                Statements(@if.Statements);
                foreach (var elseIf in @if.ElseIfs)
                {
                    Expression(elseIf.Condition);
                    Statements(elseIf.Statements);
                }

                Else(@if.Else);
                break;
            case UnlessStatement unless:
                Expression(unless.Condition);
                Statements(unless.Statements);
                Else(unless.Else);
                break;
            case CaseStatement @case:
                Expression(@case.Expression);
                foreach (var when in @case.Whens)
                {
                    foreach (var option in when.Options)
                    {
                        Expression(option);
                    }

                    Statements(when.Statements);
                }

                Else(@case.Else);
                break;
            case ForStatement @for:
                For(@for);
                break;
            case AssignStatement assign:
                Expression(assign.Value);
                Assigned(assign.Identifier, MayBeList(assign.Value));
                break;
            case CaptureStatement capture:
                Statements(capture.Statements);
                Assigned(capture.Identifier, isList: false);
                break;
            default:
                var tag = TagNames.GetValueOrDefault(statement.GetType()) ?? statement.GetType().Name.Replace("Statement", "", StringComparison.Ordinal).ToLowerInvariant();
                Add($"{_part} uses the '{tag}' tag, which emails cannot use");
                break;
        }
    }

    private void For(ForStatement @for)
    {
        // The list, limit and offset are read before the loop starts, outside its variables.
        Expression(@for.Source);
        Expression(@for.Range);
        Expression(@for.Limit);
        Expression(@for.Offset);
        _loopNames.Add(@for.Identifier);
        _loopNames.Add("forloop");
        Statements(@for.Statements);
        _loopNames.RemoveRange(_loopNames.Count - 2, 2);
        Else(@for.Else);
    }

    private void Else(ElseStatement? @else)
    {
        if (@else is not null)
        {
            Statements(@else.Statements);
        }
    }

    private void Assigned(string name, bool isList)
    {
        _assigned.Add(name);
        if (isList)
        {
            _lists.Add(name);
        }
        else
        {
            _lists.Remove(name);
        }
    }

    private void Output(Expression expression)
    {
        Expression(expression);
        if (_encoded && MayBeList(expression))
        {
            Add($"{_part} writes out a list as it is, which would put values into the email without encoding them. End it with a join filter, for example | join: \", \"");
        }
    }

    private void Expression(Expression? expression)
    {
        switch (expression)
        {
            case null or LiteralExpression:
                break;
            case MemberExpression member:
                Member(member);
                break;
            case BinaryExpression binary:
                Expression(binary.Left);
                Expression(binary.Right);
                break;
            case RangeExpression range:
                Expression(range.From);
                Expression(range.To);
                break;
            case FilterExpression filter:
                Expression(filter.Input);
                Filter(filter.Name);
                foreach (var argument in filter.Parameters)
                {
                    Expression(argument.Expression);
                }

                break;
            default:
                Add($"{_part} uses an expression that emails cannot use");
                break;
        }
    }

    private void Member(MemberExpression member)
    {
        if (member.Segments.Count > 0 && member.Segments[0] is IdentifierSegment root && !IsDefined(root.Identifier))
        {
            Add($"{_part} uses an unknown variable '{root.Identifier}'");
        }

        foreach (var segment in member.Segments)
        {
            switch (segment)
            {
                case IdentifierSegment:
                    break;
                case IndexerSegment indexer:
                    Expression(indexer.Expression);
                    break;
                default:
                    Add($"{_part} calls a function, which emails cannot do");
                    break;
            }
        }
    }

    private void Filter(string name)
    {
        if (name == "raw")
        {
            Add($"{_part} uses the 'raw' filter, which would put values into the email without encoding them");
        }
        else if (!EmailLiquid.Options.Filters.TryGetValue(name, out _))
        {
            Add($"{_part} uses an unknown filter '{name}'");
        }
    }

    private bool IsDefined(string name) =>
        _known.Contains(name) || _assigned.Contains(name) || _loopNames.Contains(name, EmailLiquid.Options.ModelNamesComparer);

    /// <summary>Whether the expression's value could be a list (conservatively: yes when unsure).</summary>
    private bool MayBeList(Expression expression) => expression switch
    {
        MemberExpression { Segments: [IdentifierSegment root] } => _lists.Contains(root.Identifier) && !_loopNames.Contains(root.Identifier, EmailLiquid.Options.ModelNamesComparer),
        FilterExpression filter when ListFilters.Contains(filter.Name) => true,
        FilterExpression filter when SingleValueFilters.Contains(filter.Name) => false,
        // Other filters hand a list through unchanged; 'default' may give its argument instead.
        FilterExpression filter => MayBeList(filter.Input) || filter.Parameters.Any(p => MayBeList(p.Expression)),
        _ => false,
    };

    private void Add(string problem)
    {
        if (!_problems.Contains(problem, StringComparer.Ordinal))
        {
            _problems.Add(problem);
        }
    }
}
