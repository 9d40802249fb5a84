/**
 * The entry feature's messages that the app header shows on every screen: the recorder's name,
 * the count of changes waiting to be sent and the deletion toasts. They load with the header;
 * the rest of the namespace (forms, the outbox's list, conflicts) loads with the code that
 * shows it (`./i18n`), and is merged into the same `entry` namespace.
 */
import { registerMessages } from '@/i18n';
import { defineMessages } from '@/i18n/languages';

registerMessages(
  'entry',
  defineMessages(
    {
      nav: { record: '录入' },
      field: { record: '记录' },
      action: { cancel: '取消', dismiss: '关闭' },
      toast: {
        deleted: '已删除“{{label}}”',
        undo: '撤销',
        deleteFailed: '未能删除“{{label}}”：{{message}}',
      },
      outbox: {
        count_one: '待发送 {{count}}',
        count_other: '待发送 {{count}}',
        problems_one: '需处理 {{count}}',
        problems_other: '需处理 {{count}}',
        title: '待发送的更改',
        loading: '正在加载待发送的更改…',
      },
      user: {
        label: '你的名字',
        recorder: '记录人：{{name}}',
        unset: '未填写记录人',
        set: '填写名字',
        change: '更改',
        save: '保存',
        savingAs: '保存时记录人为：{{name}}',
        noName: '尚未填写名字（页首“填写名字”），记录将显示为“未署名”。',
      },
    },
    {
      nav: { record: 'Record' },
      field: { record: 'Record' },
      action: { cancel: 'Cancel', dismiss: 'Dismiss' },
      toast: {
        deleted: 'Deleted “{{label}}”',
        undo: 'Undo',
        deleteFailed: 'Could not delete “{{label}}”: {{message}}',
      },
      outbox: {
        count_one: 'Pending {{count}}',
        count_other: 'Pending {{count}}',
        problems_one: '{{count}} needs you',
        problems_other: '{{count}} need you',
        title: 'Changes not yet sent',
        loading: 'Loading the changes not yet sent…',
      },
      user: {
        label: 'Your name',
        recorder: 'Recording as {{name}}',
        unset: 'No name set',
        set: 'Set your name',
        change: 'Change',
        save: 'Save',
        savingAs: 'Saved records will show {{name}}',
        noName: 'No name set yet (“Set your name” at the top); records will show as unnamed.',
      },
    },
  ),
);
