import type { Metadata } from "next";
import { ImportWorkbench } from "@/components/import/ImportWorkbench";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

export const metadata: Metadata = { title: "导入汇报" };

export default function ImportPage() {
  return (
    <>
      <Breadcrumb here="导入汇报" />
      <h1 className="text-3xl font-bold tracking-wide">导入新汇报</h1>
      <p className="mt-2 mb-8 max-w-3xl text-muted">
        粘贴一份工作情况汇报，或拖入
        Word（.docx）、PDF、纯文本文件，程序按汇报的写法起草数据集：标出每个数字及其限定词（余、近、以上……）、原文留空之处、
        各部分标题、存在的不足和下一步计划。草稿需逐条核对确认，再保存到网站。
      </p>
      <ImportWorkbench />
    </>
  );
}
