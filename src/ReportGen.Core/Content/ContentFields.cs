using ReportGen.Model;

namespace ReportGen.Content;

/// <summary>
/// Every field of the content format, described once: its key, what it holds, where it may be written, and the names
/// messages and editors give it. <see cref="ContentLoader"/> accepts exactly these keys (and suggests the nearest one
/// for a misspelt key) and checks each value's type by its row; <see cref="ContentWriter"/> writes keys in this order;
/// the tests hold the JSON Schemas in <c>schema/</c> and the JSON export to this table. A new field starts here.
/// </summary>
internal static class ContentFields
{
    /// <summary><c>report.yaml</c>.</summary>
    public static class Report
    {
        public static readonly ContentField Title = new(FieldPlace.Report, "title", FieldType.Text, "報告書の題名", "報告書の題名", Required: true);
        public static readonly ContentField Publisher = new(FieldPlace.Report, "publisher", FieldType.Text, "発行者", "発行者", Required: true);
        public static readonly ContentField Ministries = new(FieldPlace.Report, "ministries", FieldType.NameMap, "省庁の略称と名称", "省庁の略称と正式名称", Required: true);
        public static readonly ContentField Offices = new(FieldPlace.Report, "offices", FieldType.MappingList, "部署のリスト", "担当の部署の一覧");

        internal static readonly ContentField[] All = [Title, Publisher, Ministries, Offices];
    }

    /// <summary>One office under <c>offices:</c> in <c>report.yaml</c>.</summary>
    public static class Office
    {
        public static readonly ContentField Name = new(FieldPlace.Office, "name", FieldType.Text, "部署の名前", "部署の名前", Required: true);
        public static readonly ContentField Ministry = new(FieldPlace.Office, "ministry", FieldType.Text, "部署の省庁", "部署の省庁");
        public static readonly ContentField Short = new(FieldPlace.Office, "short", FieldType.TextList, "短い書き方", "短い書き方");

        internal static readonly ContentField[] All = [Name, Ministry, Short];
    }

    /// <summary><c>structure.yaml</c>.</summary>
    public static class Structure
    {
        public static readonly ContentField Sections = new(FieldPlace.Structure, "sections", FieldType.MappingList, "項目のリスト", "項目の一覧", Required: true);

        internal static readonly ContentField[] All = [Sections];
    }

    /// <summary>One section (（１）…) in <c>structure.yaml</c>.</summary>
    public static class Section
    {
        public static readonly ContentField Id = new(FieldPlace.Section, "id", FieldType.Id, ContentIds.Label(IdKind.Section), "項目の ID", Required: true) { IdKind = Model.IdKind.Section };
        public static readonly ContentField Number = new(FieldPlace.Section, "number", FieldType.Integer, "項目番号", "項目番号", Required: true);
        public static readonly ContentField Title = new(FieldPlace.Section, "title", FieldType.Text, "項目の題名", "項目の題名", Required: true);
        public static readonly ContentField Goals = new(FieldPlace.Section, "goals", FieldType.MappingList, "目標のリスト", "目標の一覧", Required: true);

        internal static readonly ContentField[] All = [Id, Number, Title, Goals];
    }

    /// <summary>One goal (【…】) of a section. A goal that repeats another has <c>repeat</c> instead of id and title.</summary>
    public static class Goal
    {
        public static readonly ContentField Id = new(FieldPlace.Goal, "id", FieldType.Id, ContentIds.Label(IdKind.Goal), "目標の ID") { IdKind = Model.IdKind.Goal };
        public static readonly ContentField Title = new(FieldPlace.Goal, "title", FieldType.Text, "目標の題名", "目標の題名");
        public static readonly ContentField Repeat = new(FieldPlace.Goal, "repeat", FieldType.Id, ContentIds.Label(IdKind.Goal), "再掲する目標") { IdKind = Model.IdKind.Goal };
        public static readonly ContentField RepeatedMeasures = new(FieldPlace.Goal, "repeated_measures", FieldType.TextList, "再掲する施策の ID", "再掲する施策");

        internal static readonly ContentField[] All = [Id, Title, Repeat, RepeatedMeasures];
    }

    /// <summary>A measure file, <c>measures/*.yaml</c>.</summary>
    public static class Measure
    {
        public static readonly ContentField Id = new(FieldPlace.Measure, "id", FieldType.Id, ContentIds.Label(IdKind.Measure), "施策の ID", Required: true) { IdKind = Model.IdKind.Measure };
        public static readonly ContentField Section = new(FieldPlace.Measure, "section", FieldType.Id, ContentIds.Label(IdKind.Section), "項目の ID", Required: true) { IdKind = Model.IdKind.Section };
        public static readonly ContentField Goal = new(FieldPlace.Measure, "goal", FieldType.Id, ContentIds.Label(IdKind.Goal), "目標の ID", Required: true) { IdKind = Model.IdKind.Goal };
        public static readonly ContentField Order = new(FieldPlace.Measure, "order", FieldType.Integer, "目標内の並び順", "並び順", Required: true);
        public static readonly ContentField Title = new(FieldPlace.Measure, "title", FieldType.Text, "施策の見出し", "施策の見出し");
        public static readonly ContentField Text = new(FieldPlace.Measure, "text", FieldType.Text, "該当箇所の本文", "該当箇所の本文");
        public static readonly ContentField TextIncomplete = new(FieldPlace.Measure, "text_incomplete", FieldType.Boolean, "本文の冒頭が原資料で欠落", "本文の冒頭が欠けている印");
        public static readonly ContentField Details = new(FieldPlace.Measure, "details", FieldType.Text, "本文に続く細目", "細目");
        public static readonly ContentField Ministries = new(FieldPlace.Measure, "ministries", FieldType.TextList, "担当省庁", "担当省庁");
        public static readonly ContentField MinistriesNote = new(FieldPlace.Measure, "ministries_note", FieldType.Text, "担当省庁についての注記", "担当省庁の注記");
        public static readonly ContentField Years = new(FieldPlace.Measure, "years", FieldType.YearMap, "年度ごとの実績・予定・担当", "年度ごとの内容", Required: true);

        internal static readonly ContentField[] All = [Id, Section, Goal, Order, Title, Text, TextIncomplete, Details, Ministries, MinistriesNote, Years];
    }

    /// <summary>One fiscal year of a measure: the cells of the results, plans and offices columns.</summary>
    public static class Year
    {
        public static readonly ContentField Results = new(FieldPlace.Year, "results", FieldType.Text, "実績・状況", "実績・状況");
        public static readonly ContentField Plans = new(FieldPlace.Year, "plans", FieldType.Text, "取組予定", "取組予定");
        public static readonly ContentField Offices = new(FieldPlace.Year, "offices", FieldType.Text, "担当", "担当");

        internal static readonly ContentField[] All = [Results, Plans, Offices];
    }

    /// <summary>An edition file, <c>editions/*.yaml</c>.</summary>
    public static class Edition
    {
        public static readonly ContentField Id = new(FieldPlace.Edition, "id", FieldType.Id, ContentIds.Label(IdKind.Edition), "版の ID", Required: true) { IdKind = Model.IdKind.Edition };
        public static readonly ContentField Label = new(FieldPlace.Edition, "label", FieldType.Text, "資料番号", "資料番号", Required: true);
        public static readonly ContentField Title = new(FieldPlace.Edition, "title", FieldType.Text, "表題", "表題", Required: true);
        public static readonly ContentField Meeting = new(FieldPlace.Edition, "meeting", FieldType.Text, "会議名", "会議名");
        public static readonly ContentField Date = new(FieldPlace.Edition, "date", FieldType.Date, "日付", "日付", Required: true);
        public static readonly ContentField Columns = new(FieldPlace.Edition, "columns", FieldType.MappingList, "表の列", "表の列", Required: true);
        public static readonly ContentField Page = new(FieldPlace.Edition, "page", FieldType.Mapping, "ページ設定", "用紙の設定");
        public static readonly ContentField Fonts = new(FieldPlace.Edition, "fonts", FieldType.Mapping, "フォント設定", "フォント");
        public static readonly ContentField PageNumber = new(FieldPlace.Edition, "page_number", FieldType.Text, "ページ番号の書式", "ページ番号の書式");

        internal static readonly ContentField[] All = [Id, Label, Title, Meeting, Date, Columns, Page, Fonts, PageNumber];
    }

    /// <summary>One column of an edition's table.</summary>
    public static class Column
    {
        public static readonly ContentField Kind = new(FieldPlace.Column, "kind", FieldType.Text, "列の種類", "列の種類", Required: true);
        public static readonly ContentField Header = new(FieldPlace.Column, "header", FieldType.Text, "列見出し", "列見出し", Required: true);
        public static readonly ContentField Year = new(FieldPlace.Column, "year", FieldType.Integer, "年度", "年度");
        public static readonly ContentField Width = new(FieldPlace.Column, "width", FieldType.Number, "列幅", "列幅", Required: true);

        internal static readonly ContentField[] All = [Kind, Header, Year, Width];
    }

    /// <summary>An edition's paper.</summary>
    public static class Page
    {
        public static readonly ContentField Size = new(FieldPlace.Page, "size", FieldType.Text, "用紙サイズ", "用紙サイズ");
        public static readonly ContentField Orientation = new(FieldPlace.Page, "orientation", FieldType.Text, "用紙の向き", "用紙の向き");
        public static readonly ContentField Margins = new(FieldPlace.Page, "margins_mm", FieldType.Mapping, "余白", "余白（mm）");

        internal static readonly ContentField[] All = [Size, Orientation, Margins];
    }

    /// <summary>An edition's margins in millimetres.</summary>
    public static class Margins
    {
        public static readonly ContentField Top = new(FieldPlace.Margins, "top", FieldType.Number, "上余白", "上の余白（mm）");
        public static readonly ContentField Right = new(FieldPlace.Margins, "right", FieldType.Number, "右余白", "右の余白（mm）");
        public static readonly ContentField Bottom = new(FieldPlace.Margins, "bottom", FieldType.Number, "下余白", "下の余白（mm）");
        public static readonly ContentField Left = new(FieldPlace.Margins, "left", FieldType.Number, "左余白", "左の余白（mm）");

        internal static readonly ContentField[] All = [Top, Right, Bottom, Left];
    }

    /// <summary>An edition's fonts.</summary>
    public static class Fonts
    {
        public static readonly ContentField Gothic = new(FieldPlace.Fonts, "gothic", FieldType.Text, "ゴシック体", "ゴシック体");
        public static readonly ContentField Mincho = new(FieldPlace.Fonts, "mincho", FieldType.Text, "明朝体", "明朝体");

        internal static readonly ContentField[] All = [Gothic, Mincho];
    }

    /// <summary>The whole table, place by place, each place's fields in the order they are written.</summary>
    public static IReadOnlyList<ContentField> All { get; } =
        [.. Report.All, .. Office.All, .. Structure.All, .. Section.All, .. Goal.All, .. Measure.All, .. Year.All, .. Edition.All, .. Column.All, .. Page.All, .. Margins.All, .. Fonts.All];

    /// <summary>The fields of one place, in the order they are written.</summary>
    public static IReadOnlyList<ContentField> Of(FieldPlace place) => [.. All.Where(f => f.Place == place)];

    /// <summary>The keys of one place, in the order they are written: what the loader accepts there.</summary>
    public static IReadOnlyList<string> KeysOf(FieldPlace place) => [.. Of(place).Select(f => f.Key)];

    /// <summary>How messages name a place: 「施策に不明なキー…」. A year is named by its number instead.</summary>
    public static string NameOf(FieldPlace place) => place switch
    {
        FieldPlace.Report => "report.yaml",
        FieldPlace.Office => "部署",
        FieldPlace.Structure => "structure.yaml",
        FieldPlace.Section => "項目（section）",
        FieldPlace.Goal => "目標（goal）",
        FieldPlace.Measure => "施策",
        FieldPlace.Year => "年度",
        FieldPlace.Edition => "版",
        FieldPlace.Column => "列",
        FieldPlace.Page => "ページ設定",
        FieldPlace.Margins => "余白",
        FieldPlace.Fonts => "フォント設定",
        _ => throw new ArgumentOutOfRangeException(nameof(place), place, null),
    };
}
