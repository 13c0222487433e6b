package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;

/** One of the 15 categories of 条例 第20条 that must be disclosed proactively (主动公开类别). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ProactiveCategory {
  /** (1) 行政法规、规章和规范性文件. */
  REGULATIONS(1, "行政法规、规章和规范性文件"),
  /** (2) 机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名. */
  ORGANISATION(2, "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
  /** (3) 国民经济和社会发展规划、专项规划、区域规划及相关政策. */
  PLANS(3, "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
  /** (4) 国民经济和社会发展统计信息. */
  STATISTICS(4, "国民经济和社会发展统计信息"),
  /** (5) 行政许可和其他对外管理服务事项的依据、条件、程序及办理结果. */
  LICENSING(5, "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"),
  /** (6) 行政处罚、行政强制的依据、条件、程序及有一定社会影响的处罚决定. */
  PENALTIES(6, "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定"),
  /** (7) 财政预算、决算信息. */
  BUDGETS(7, "财政预算、决算信息"),
  /** (8) 行政事业性收费项目及其依据、标准. */
  FEES(8, "行政事业性收费项目及其依据、标准"),
  /** (9) 政府集中采购项目的目录、标准及实施情况. */
  PROCUREMENT(9, "政府集中采购项目的目录、标准及实施情况"),
  /** (10) 重大建设项目的批准和实施情况. */
  MAJOR_PROJECTS(10, "重大建设项目的批准和实施情况"),
  /** (11) 扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况. */
  SOCIAL_POLICY(11, "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
  /** (12) 突发公共事件的应急预案、预警信息及应对情况. */
  EMERGENCIES(12, "突发公共事件的应急预案、预警信息及应对情况"),
  /** (13) 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况. */
  INSPECTIONS(13, "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
  /** (14) 公务员招考的职位、名额、报考条件等事项以及录用结果. */
  CIVIL_SERVICE(14, "公务员招考的职位、名额、报考条件等事项以及录用结果"),
  /** (15) 法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息. */
  OTHER(15, "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息");

  private final int item;
  private final String label;

  ProactiveCategory(int item, String label) {
    this.item = item;
    this.label = label;
  }

  /** Returns the item number in Art. 20, 1–15. */
  public int item() {
    return item;
  }

  /** Returns the Chinese wording of the item. */
  public String label() {
    return label;
  }

  /** Returns the category of Art. 20 item {@code n}. */
  public static ProactiveCategory ofItem(int n) {
    return Arrays.stream(values()).filter(c -> c.item == n).findFirst().orElseThrow(() ->
        new InvalidInputException("category", "第20条只有第1至15项 / Art. 20 has items 1 to 15: " + n));
  }
}
